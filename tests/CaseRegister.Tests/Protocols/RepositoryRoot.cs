namespace CaseRegister.Tests.Protocols;

internal static class RepositoryRoot
{
    // Tests run from bin/<config>/<tfm>; the shipped content lives beside the solution file.
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CaseRegister.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"CaseRegister.sln not found above {AppContext.BaseDirectory}.");
    }
}
