package org.sanad.gateway;

import org.sanad.common.testing.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String[] packages() {
        return new String[] {"org.sanad.gateway", "org.sanad.common"};
    }
}
