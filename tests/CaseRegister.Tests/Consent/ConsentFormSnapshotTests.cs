using CaseRegister.Tests.Support;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain;

namespace CaseRegister.Tests.Consent;

// Every shipped form as it is printed, approved by a person. A change to a template (or to the
// renderer) shows up here as a diff to review; the hash on the first line is the one a consent
// signed on that text would store.
public class ConsentFormSnapshotTests
{
    public static TheoryData<string> ShippedTemplates()
    {
        var data = new TheoryData<string>();
        foreach (var template in ConsentTemplateCatalog.Load(ConsentTestData.TemplatesFolder).Templates.OrderBy(t => t.FileName, StringComparer.Ordinal))
            data.Add(template.FileName);
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedTemplates))]
    public void Rendered_form_matches_the_approved_snapshot(string fileName)
    {
        var template = ConsentTemplateCatalog.Load(ConsentTestData.TemplatesFolder).Templates.Single(t => t.FileName == fileName);
        var role = template.Audience == ConsentAudience.Parents ? PersonRole.ParentalAuthority : PersonRole.Youth;
        var values = new ConsentFormValues("Leren van casuïstiek", "ZW-2026-001", "dr. A. de Vries", "casusregister@example.nl, 010-123 45 67", new DateOnly(2026, 3, 9), role);

        var form = ConsentFormRenderer.Render(template, values);

        Approvals.Verify($"<!-- sha256: {form.Sha256} -->\n{form.Html}", "html", parameters: $"fileName={fileName}");
    }
}
