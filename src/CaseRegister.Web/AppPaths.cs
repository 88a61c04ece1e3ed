namespace CaseRegister.Web;

// Where the app keeps its files. The defaults put everything in one `data` folder under the
// working directory, so `dotnet run` from the checkout needs nothing else installed.
public sealed class AppPaths
{
    public AppPaths(IConfiguration configuration)
    {
        DataFolder = Path.GetFullPath(configuration["Storage:DataFolder"] ?? "data");
        FieldKeysFolder = Path.GetFullPath(configuration["Encryption:KeysFolder"] ?? Path.Combine(DataFolder, "keys"));
        AppKeysFolder = Path.GetFullPath(configuration["DataProtection:KeysFolder"] ?? Path.Combine(DataFolder, "app-keys"));
        MailPickupFolder = Path.GetFullPath(configuration["Mail:PickupFolder"] ?? Path.Combine(DataFolder, "mail"));
        ProtocolsFolder = Path.GetFullPath(configuration["Study:ProtocolsFolder"] ?? Path.Combine(AppContext.BaseDirectory, "protocols"));
        ConsentTemplatesFolder = Path.GetFullPath(configuration["Study:ConsentTemplatesFolder"] ?? Path.Combine(AppContext.BaseDirectory, "consent-templates"));
    }

    public string DataFolder { get; }
    public string FieldKeysFolder { get; }
    public string AppKeysFolder { get; }
    public string MailPickupFolder { get; }
    public string ProtocolsFolder { get; }
    public string ConsentTemplatesFolder { get; }
}
