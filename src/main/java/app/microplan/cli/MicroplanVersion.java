package app.microplan.cli;

import app.microplan.AppVersion;
import picocli.CommandLine;

/** {@code microplan --version}: the same version as Help ▸ About, from the build. */
public final class MicroplanVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Microplan " + AppVersion.get()};
    }
}
