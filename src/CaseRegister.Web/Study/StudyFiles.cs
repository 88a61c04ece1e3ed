using CaseRegister.Web.Consent;
using CaseRegister.Web.Protocols;
using CaseRegister.Web.Security;

namespace CaseRegister.Web.Study;

// The study's data files: interview protocols with codebook, consent templates and the consent
// policy. Loaded once at start-up; an error in any of them stops the app with file, line and
// problem (SPEC §2.6, §4.9).
public sealed class StudyFiles(AppPaths paths)
{
    private ProtocolCatalog? _protocols;
    private ConsentTemplateCatalog? _templates;
    private ConsentPolicy? _policy;

    public const string PolicyFileName = "consent-policy.yaml";

    public ProtocolCatalog Protocols => _protocols ?? throw NotLoaded();
    public ConsentTemplateCatalog ConsentTemplates => _templates ?? throw NotLoaded();
    public ConsentPolicy ConsentPolicy => _policy ?? throw NotLoaded();
    public ConsentEvaluator ConsentEvaluator => new(ConsentPolicy, ConsentTemplates);

    public void Load()
    {
        try
        {
            _protocols = ProtocolCatalog.Load(paths.ProtocolsFolder);
        }
        catch (ProtocolFileException ex)
        {
            throw new StartupException($"The interview protocols in '{paths.ProtocolsFolder}' have errors:\n  " + string.Join("\n  ", ex.Errors));
        }
        try
        {
            _templates = ConsentTemplateCatalog.Load(paths.ConsentTemplatesFolder);
            _policy = ConsentPolicy.Load(Path.Combine(paths.ProtocolsFolder, PolicyFileName));
        }
        catch (ConsentFileException ex)
        {
            throw new StartupException("The consent templates or consent policy have errors:\n  " + string.Join("\n  ", ex.Errors));
        }
    }

    private static InvalidOperationException NotLoaded() => new("The study files are loaded at start-up (AppHost.PrepareAsync).");
}
