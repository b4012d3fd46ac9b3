package com.cineorg.app;

import com.cineorg.domain.error.InvalidInputException;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        description = {"Print a shell completion script.",
            "bash: source <(cineorg completion bash)   zsh: source <(cineorg completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    String shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new InvalidInputException("unknown shell '" + shell + "': use bash or zsh");
        }
        CommandLine root = spec.commandLine().getParent();
        // picocli's script serves both: under zsh it loads bashcompinit itself.
        spec.commandLine().getOut().print(AutoComplete.bash("cineorg", root));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
