using CaseRegister.Web.Cli;

namespace CaseRegister.Tests.Shell;

public class CommandLineTests
{
    [Theory]
    [InlineData("frobnicate")]
    [InlineData("keys")]
    [InlineData("keys explode")]
    [InlineData("audit")]
    public async Task An_unknown_command_prints_usage_and_exits_with_2(string command)
    {
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(command.Split(' '), new StringWriter(), error);
        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains("Usage:", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("users invite --email a@example.org", "--role is required")]
    [InlineData("users invite --role Admin", "--email is required")]
    [InlineData("users invite --role Boss --email a@example.org", "unknown role 'Boss'")]
    [InlineData("users invite --role Admin --email not-an-address", "is not an e-mail address")]
    public async Task Bad_arguments_name_the_problem_and_exit_with_2(string command, string message)
    {
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(command.Split(' '), new StringWriter(), error);
        Assert.Equal(CommandLine.Usage, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_database_provider_is_named_in_the_error()
    {
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(["migrate", "--Database:Provider", "Oracle"], new StringWriter(), error);
        Assert.Equal(CommandLine.Failed, exit);
        Assert.Contains("'Database:Provider' is 'Oracle'", error.ToString(), StringComparison.Ordinal);
    }
}
