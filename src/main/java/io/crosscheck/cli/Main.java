package io.crosscheck.cli;

import io.crosscheck.serde.AvroSafety;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar crosscheck.jar COMMAND [options]}. Parses the command and runs it. */
@Command(name = "crosscheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds contradictions between official statements about the same event, live on Kafka.",
        subcommands = {DemoCommand.class, RunCommand.class, ProduceCommand.class, CheckCommand.class, CalibrateCommand.class, BenchCommand.class, SoakCommand.class})
public final class Main implements Runnable {

    static {
        // Before any generated Avro class loads Avro's readers, which read these settings once.
        AvroSafety.ensureApplied();
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getCommandName() + ": " + oneLine(exception));
            return ExitCodes.FAILURE;
        });
        return commandLine.execute(args);
    }

    static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message.replace('\n', ' ');
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
