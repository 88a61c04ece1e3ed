using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CaseRegister.Web.Localization;

// Model-binding messages as Dutch localisation keys (the framework's defaults are English).
public static class DutchBindingMessages
{
    public static void UseDutchMessages(this DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"De waarde '{value}' is ongeldig voor {field}.");
        p.SetMissingBindRequiredValueAccessor(field => $"Vul {field} in.");
        p.SetMissingKeyOrValueAccessor(() => "Vul een waarde in.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"De waarde '{value}' is ongeldig.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De waarde is ongeldig.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        p.SetUnknownValueIsInvalidAccessor(field => $"De waarde is ongeldig voor {field}.");
        p.SetValueIsInvalidAccessor(value => $"De waarde '{value}' is ongeldig.");
        p.SetValueMustBeANumberAccessor(field => $"Vul bij {field} een getal in.");
        p.SetValueMustNotBeNullAccessor(value => $"Vul {value} in.");
    }
}
