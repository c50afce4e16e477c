package org.pobratim.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pobratim.account.Account;
import org.pobratim.account.Accounts;
import org.pobratim.account.Role;
import org.pobratim.app.Pobratim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Accounts from the command line: the first admin is made here ({@code pobratim user add NAME --role admin});
 * there is no default account and no default password. The password is read from the terminal (twice, not echoed)
 * or, for scripts, from the first line of standard input ({@code --password-stdin}); never from an argument, which
 * the process list and the shell's history would show.
 */
@Command(name = "user", mixinStandardHelpOptions = true, subcommands = {UserCommand.Add.class, UserCommand.List.class},
        description = "Accounts: add one (the first admin comes from here), list them.")
final class UserCommand {
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", description = "the account's name: 3 to 50 letters, digits, dots, dashes, underscores")
        String name;

        @Option(names = "--role", required = true, description = "contributor, reviewer or admin")
        String role;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordStdin;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() throws IOException {
            Optional<Role> parsed = Role.parse(role);
            if (parsed.isEmpty()) {
                System.err.println("--role must be one of " + Arrays.stream(Role.values()).map(Role::code)
                        .collect(Collectors.joining(", ")) + ", not '" + role + "'");
                return Main.EXIT_USAGE;
            }
            String password;
            if (passwordStdin) {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (password == null) {
                    System.err.println("--password-stdin: standard input is empty");
                    return Main.EXIT_USAGE;
                }
            } else {
                Console console = System.console();
                if (console == null) {
                    System.err.println("no terminal to ask for the password: use --password-stdin");
                    return Main.EXIT_USAGE;
                }
                char[] first = console.readPassword("password for %s: ", name);
                char[] again = console.readPassword("the same again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    System.err.println("the two passwords differ");
                    return Main.EXIT_USAGE;
                }
                password = new String(first);
            }
            try (Pobratim app = Pobratim.open(store.config())) {
                Account account = app.accounts().create(name, parsed.get(), password,
                        "cli:" + System.getProperty("user.name", "?"));
                System.out.printf("account %s (%s) created%n", account.name(), account.role().code());
                return 0;
            } catch (Accounts.Refused e) {
                System.err.println(e.field() + ": " + e.getMessage());
                return Main.EXIT_INVALID;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class List implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (Pobratim app = Pobratim.open(store.config())) {
                for (Account a : app.accounts().records()) {
                    System.out.printf("%-30s %-12s since %s%s%n", a.name(), a.role().code(),
                            a.createdAt().toString().substring(0, 10), a.disabled() ? " (disabled)" : "");
                }
                return 0;
            }
        }
    }
}
