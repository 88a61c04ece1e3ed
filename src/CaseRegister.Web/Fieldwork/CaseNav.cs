namespace CaseRegister.Web.Fieldwork;

// The links between the pages about one case, shown at the top of each fieldwork page.
public sealed record CaseNav(Guid CaseId, string ResearchCode, string Current);
