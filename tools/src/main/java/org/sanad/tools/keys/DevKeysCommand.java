package org.sanad.tools.keys;

import java.util.concurrent.Callable;
import org.sanad.tools.Home;
import picocli.CommandLine.Command;

/** {@code dev-keys}: makes sure the development keys exist under SANAD_HOME/keys. */
@Command(name = "dev-keys", mixinStandardHelpOptions = true,
        description = "Generates the development keys under SANAD_HOME/keys unless they are there.")
public final class DevKeysCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        new DevelopmentKeys(Home.directory()).ensure();
        return 0;
    }
}
