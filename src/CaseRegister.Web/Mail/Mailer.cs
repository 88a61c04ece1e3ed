using System.Net;
using System.Net.Mail;

namespace CaseRegister.Web.Mail;

// Outgoing e-mail. Without an SMTP host the messages land as .eml files in the pickup folder
// under the data folder. Callers must never put names or case content in a message.
public sealed class Mailer(IConfiguration configuration, AppPaths paths, ILogger<Mailer> logger)
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct = default)
    {
        using var message = new MailMessage(configuration["Mail:From"] ?? "caseregister@localhost", to, subject, body);
        using var client = CreateClient();
        await client.SendMailAsync(message, ct);
        logger.LogInformation("Sent e-mail '{Subject}'", subject);
    }

    private SmtpClient CreateClient()
    {
        var host = configuration["Mail:SmtpHost"];
        if (string.IsNullOrWhiteSpace(host))
        {
            Directory.CreateDirectory(paths.MailPickupFolder);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = paths.MailPickupFolder };
        }
        var client = new SmtpClient(host, configuration.GetValue("Mail:SmtpPort", 587)) { EnableSsl = configuration.GetValue("Mail:UseSsl", true) };
        var user = configuration["Mail:UserName"];
        if (!string.IsNullOrEmpty(user)) client.Credentials = new NetworkCredential(user, configuration["Mail:Password"]);
        return client;
    }
}
