using System.Globalization;
using CaseRegister.Web.Domain;
using CaseRegister.Web.Protocols;

namespace CaseRegister.Tests.Protocols;

public class AnswerValidatorTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);
    private readonly AnswerValidator _validator = new();

    private static ProtocolItem Item(
        ItemType type,
        string label = "Vraag",
        bool required = false,
        decimal? min = null,
        decimal? max = null,
        int decimals = 0,
        params ItemOption[] options) =>
        new("item", type, label, null, required, min, max, decimals, null, [], options);

    private static ProtocolItem Gas() => Item(ItemType.Scale, "Doel 1", required: true, min: -2, max: 2);

    private static ProtocolItem Choice(ItemType type) => Item(
        type,
        "Problemen",
        options: [new ItemOption("anxiety", "Angst", false), new ItemOption("anger", "Boosheid", false), new ItemOption("none", "Geen", true)]);

    private AnswerResult Validate(ProtocolItem item, string? answer, MissingCode? missing = null) =>
        _validator.Validate(item, answer, missing, Today);

    private static string ErrorText(AnswerResult result)
    {
        Assert.False(result.IsValid, "expected a validation error");
        Assert.Null(result.Value);
        return result.Error!.ToString();
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-3")]
    public void A_scale_answer_outside_the_range_is_rejected_naming_the_item(string answer)
    {
        var result = Validate(Gas(), answer);

        Assert.Equal("'Doel 1' moet tussen -2 en 2 liggen.", ErrorText(result));
        Assert.Equal(AnswerMessages.OutOfRange, result.Error!.Format);
    }

    [Theory]
    [InlineData("2", "2")]
    [InlineData("+1", "1")]
    [InlineData("-2", "-2")]
    [InlineData("\u22121", "-1")]
    [InlineData(" 0 ", "0")]
    public void A_scale_answer_inside_the_range_is_stored_in_invariant_form(string answer, string stored)
    {
        var result = Validate(Gas(), answer);

        Assert.True(result.IsValid, result.Error?.ToString());
        Assert.Equal(stored, result.Value);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("veel")]
    public void A_scale_answer_must_be_a_whole_number(string answer)
    {
        Assert.Equal("'Doel 1' moet een geheel getal zijn.", ErrorText(Validate(Gas(), answer)));
    }

    [Fact]
    public void A_date_in_the_future_is_rejected()
    {
        var item = Item(ItemType.Date, "Datum van plaatsing");

        var result = Validate(item, "2026-03-16");

        Assert.Equal("'Datum van plaatsing' ligt in de toekomst (16-03-2026). Vul een datum in tot en met vandaag.", ErrorText(result));
    }

    [Theory]
    [InlineData("2026-03-15", "2026-03-15")]
    [InlineData("01-02-2024", "2024-02-01")]
    [InlineData("1-2-2024", "2024-02-01")]
    public void A_date_up_to_today_is_stored_as_year_month_day(string answer, string stored)
    {
        Assert.Equal(stored, Validate(Item(ItemType.Date), answer).Value);
    }

    [Theory]
    [InlineData("31-02-2024")]
    [InlineData("gisteren")]
    [InlineData("2024/02/01")]
    public void Something_that_is_not_a_date_is_rejected(string answer)
    {
        Assert.StartsWith("'Vraag' is geen geldige datum.", ErrorText(Validate(Item(ItemType.Date), answer)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_before_1900_is_rejected_as_a_probable_typo()
    {
        Assert.Equal("'Vraag' ligt voor 01-01-1900. Controleer het jaartal.", ErrorText(Validate(Item(ItemType.Date), "0202-01-01")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_required_item_left_blank_without_a_missing_code_is_rejected(string? answer)
    {
        var result = Validate(Item(ItemType.Text, "Belangrijkste doel", required: true), answer);

        Assert.Equal("'Belangrijkste doel' is verplicht. Vul een antwoord in of kies een code voor ontbrekende gegevens.", ErrorText(result));
    }

    [Theory]
    [InlineData(MissingCode.NotAsked)]
    [InlineData(MissingCode.Refused)]
    [InlineData(MissingCode.NotKnown)]
    [InlineData(MissingCode.NotApplicable)]
    public void A_missing_code_is_accepted_for_a_required_item_instead_of_an_answer(MissingCode code)
    {
        var result = Validate(Gas(), "", code);

        Assert.True(result.IsValid);
        Assert.Equal(code, result.MissingCode);
        Assert.Null(result.Value);
        Assert.False(result.IsEmpty);
    }

    [Fact]
    public void An_answer_together_with_a_missing_code_is_rejected()
    {
        var result = Validate(Gas(), "1", MissingCode.Refused);

        Assert.Equal("Bij 'Doel 1' zijn zowel een antwoord als een code voor ontbrekende gegevens ingevuld. Kies één van beide.", ErrorText(result));
        Assert.Null(result.MissingCode);
    }

    [Fact]
    public void An_optional_item_left_blank_is_valid_and_empty()
    {
        var result = Validate(Item(ItemType.Number, min: 0), " ");

        Assert.True(result.IsEmpty);
    }

    [Theory]
    [InlineData("12,5", "12.5")]
    [InlineData("12.5", "12.5")]
    [InlineData("12,50", "12.5")]
    [InlineData("7", "7")]
    [InlineData("0,25", "0.25")]
    public void A_number_accepts_the_dutch_decimal_comma_and_is_stored_with_a_point(string answer, string stored)
    {
        var result = Validate(Item(ItemType.Number, "Uren school", min: 0, max: 40, decimals: 2), answer);

        Assert.True(result.IsValid, result.Error?.ToString());
        Assert.Equal(stored, result.Value);
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,2,3")]
    [InlineData("twaalf")]
    [InlineData("1e3")]
    public void A_number_with_group_separators_or_letters_is_rejected(string answer)
    {
        Assert.Equal("'Uren school' moet een getal zijn, bijvoorbeeld 12 of 12,5.", ErrorText(Validate(Item(ItemType.Number, "Uren school", decimals: 1), answer)));
    }

    [Fact]
    public void A_count_rejects_decimals()
    {
        var item = Item(ItemType.Number, "Aantal overplaatsingen", min: 0);

        Assert.Equal("'Aantal overplaatsingen' moet een geheel getal zijn.", ErrorText(Validate(item, "2,5")));
        Assert.Equal("3", Validate(item, "3,0").Value);
    }

    [Fact]
    public void A_number_with_more_decimals_than_allowed_is_rejected()
    {
        Assert.Equal("'Uren' heeft te veel cijfers achter de komma (hoogstens 1).", ErrorText(Validate(Item(ItemType.Number, "Uren", decimals: 1), "2,25")));
    }

    [Fact]
    public void A_number_below_its_only_bound_is_rejected_with_that_bound()
    {
        Assert.Equal("'Dagen in zorg' moet 0 of meer zijn.", ErrorText(Validate(Item(ItemType.Number, "Dagen in zorg", min: 0), "-1")));
        Assert.Equal("'Dagen' mag hoogstens 183 zijn.", ErrorText(Validate(Item(ItemType.Number, "Dagen", max: 183), "184")));
        Assert.Equal("'Uren' moet tussen 0,5 en 40 liggen.", ErrorText(Validate(Item(ItemType.Number, "Uren", min: 0.5m, max: 40, decimals: 1), "0,4")));
    }

    [Fact]
    public void A_note_of_200_kilobytes_is_rejected_with_its_length_and_never_truncated()
    {
        var note = new string('a', 200 * 1024);

        var result = Validate(Item(ItemType.Text, "Notitie"), note);

        Assert.Equal(
            "De notitie bij 'Notitie' is te lang: maximaal 20.000 tekens (u heeft er 204.800 ingevoerd). Splits de notitie of vat samen.",
            ErrorText(result));
    }

    [Fact]
    public void A_note_of_exactly_the_limit_is_stored_unchanged()
    {
        var note = "Eerste regel\r\n" + new string('b', AnswerValidator.MaxTextLength - "Eerste regel\n".Length);

        var result = Validate(Item(ItemType.Text, "Notitie"), note);

        Assert.True(result.IsValid, result.Error?.ToString());
        Assert.Equal(AnswerValidator.MaxTextLength, result.Value!.Length);
        Assert.Equal(note.Replace("\r\n", "\n", StringComparison.Ordinal), result.Value);
    }

    [Fact]
    public void A_note_one_character_over_the_limit_is_rejected()
    {
        Assert.Contains("(u heeft er 20.001 ingevoerd)", ErrorText(Validate(Item(ItemType.Text, "Notitie"), new string('c', 20_001))), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_choice_option_is_rejected()
    {
        var item = Choice(ItemType.SingleChoice);

        Assert.Equal("Bij 'Problemen' bestaat de keuze 'sadness' niet. Kies een van de getoonde antwoorden.", ErrorText(Validate(item, "sadness")));
        Assert.Equal("anger", Validate(item, "anger").Value);
    }

    [Fact]
    public void Option_codes_are_matched_exactly()
    {
        Assert.False(Validate(Choice(ItemType.SingleChoice), "Anger").IsValid);
    }

    [Fact]
    public void An_unknown_option_among_multiple_choices_is_rejected()
    {
        var result = _validator.Validate(Choice(ItemType.MultipleChoice), ["anxiety", "boredom"], null, Today);

        Assert.Equal("Bij 'Problemen' bestaat de keuze 'boredom' niet. Kies een van de getoonde antwoorden.", ErrorText(result));
    }

    [Fact]
    public void Multiple_choices_are_stored_once_each_in_protocol_order()
    {
        var result = _validator.Validate(Choice(ItemType.MultipleChoice), ["anger", "anxiety", "anger", ""], null, Today);

        Assert.Equal("anxiety;anger", result.Value);
    }

    [Fact]
    public void An_exclusive_option_cannot_be_combined_with_others()
    {
        var result = _validator.Validate(Choice(ItemType.MultipleChoice), ["none", "anger"], null, Today);

        Assert.Equal("Bij 'Problemen' kan 'Geen' niet samen met andere antwoorden worden gekozen.", ErrorText(result));
        Assert.Equal("none", _validator.Validate(Choice(ItemType.MultipleChoice), ["none"], null, Today).Value);
    }

    [Fact]
    public void A_single_choice_with_two_answers_is_rejected()
    {
        var result = _validator.Validate(Choice(ItemType.SingleChoice), ["anger", "anxiety"], null, Today);

        Assert.Equal("Bij 'Problemen' kan maar één antwoord worden gekozen.", ErrorText(result));
    }

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("Ja", "yes")]
    [InlineData("no", "no")]
    [InlineData("nee", "no")]
    [InlineData("true", "yes")]
    public void Yes_or_no_is_stored_as_a_fixed_code(string answer, string stored)
    {
        Assert.Equal(stored, Validate(Item(ItemType.YesNo), answer).Value);
    }

    [Fact]
    public void Anything_but_yes_or_no_is_rejected_for_a_yes_no_item()
    {
        Assert.Equal("Bij 'Veilig' kan alleen ja of nee worden gekozen.", ErrorText(Validate(Item(ItemType.YesNo, "Veilig"), "misschien")));
    }

    [Fact]
    public void A_message_can_be_formatted_from_its_english_translation_for_an_english_user()
    {
        var message = Validate(Item(ItemType.Text, "Notitie"), new string('a', 204_800)).Error!;

        var english = message.ToString(
            "The note for '{0}' is too long: at most {1:N0} characters (you entered {2:N0}). Split the note or summarise it.",
            CultureInfo.GetCultureInfo("en-GB"));

        Assert.Equal("The note for 'Notitie' is too long: at most 20,000 characters (you entered 204,800). Split the note or summarise it.", english);
    }

    [Fact]
    public void An_answer_to_a_shipped_goal_item_is_checked_against_its_protocol_range()
    {
        var catalog = ProtocolCatalog.Load(RepositoryRoot.Combine("protocols"));
        var gas = catalog.Current(WaveKind.FollowUp, Informant.Parent).Item(StableItems.GasGoal1);

        Assert.Equal($"'{gas.Label}' moet tussen -2 en 2 liggen.", ErrorText(Validate(gas, "3")));
        Assert.Equal("-2", Validate(gas, "-2").Value);
    }
}
