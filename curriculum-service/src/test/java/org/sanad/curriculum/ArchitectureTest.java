package org.sanad.curriculum;

import org.sanad.common.testing.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String[] packages() {
        return new String[] {"org.sanad.curriculum"};
    }
}
