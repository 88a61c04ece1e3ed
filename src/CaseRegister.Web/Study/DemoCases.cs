using Bogus;
using CaseRegister.Web.Cases;
using CaseRegister.Web.Consent;
using CaseRegister.Web.Domain;

namespace CaseRegister.Web.Study;

// Where demo cases may go: a cohort with the inclusion dates that are possible in it (inside its
// period, not in the future, and late enough that the consent forms existed before inclusion).
public sealed record DemoCohort(Guid Id, string Label, int Year, DateOnly FirstInclusion, DateOnly LastInclusion);

public sealed record DemoRegion(Guid Id, IReadOnlyList<Guid> ExpertTeamIds);

// Synthetic youths for demonstrations and benchmarks (the demo-data command). The data must never
// pass for real: every person's given name carries "(demo)", phone numbers use the 06-0 range that
// no Dutch mobile number has, e-mail addresses the reserved example.org domain. Everything else
// follows the study's rules, so that the real enrolment service accepts each request: ages 8–19 at
// inclusion, one of the four intensive settings, discussed in an expert team before inclusion, and
// the consents the policy asks for on the day of enrolment (given before inclusion, re-consent after
// a 12th or 18th birthday that fell between inclusion and today).
public sealed class DemoCases
{
    public const string Marker = "(demo)";

    // Ages at inclusion: most youths in closed and intensive care are adolescents.
    private static readonly int[] Ages = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    private static readonly float[] AgeWeights = [.03f, .03f, .04f, .05f, .07f, .09f, .11f, .13f, .15f, .14f, .09f, .07f];

    private static readonly CareSetting[] Settings = [CareSetting.JeugdzorgPlus, CareSetting.JGgz, CareSetting.Jji, CareSetting.Obc];
    private static readonly float[] SettingWeights = [.35f, .30f, .15f, .20f];

    private static readonly Sex[] Sexes = [Sex.Male, Sex.Female, Sex.Other, Sex.NotReported];
    private static readonly float[] SexWeights = [.55f, .41f, .02f, .02f];

    private static readonly ConsentMethod[] Methods = [ConsentMethod.Paper, ConsentMethod.InPerson, ConsentMethod.Digital];
    private static readonly string[] Organisations = ["Jeugdbescherming", "Wijkteam", "Jeugdzorg", "GGZ-instelling", "Gecertificeerde instelling", "School"];

    private readonly Faker _faker;
    private readonly DateOnly _today;
    private readonly IReadOnlyList<DemoRegion> _regions;
    private readonly IReadOnlyList<Guid> _interviewers;
    private readonly int[] _youthFormAges;
    private readonly int[] _milestoneAges;
    private readonly int _milestoneLeadDays;

    public DemoCases(int seed, DateOnly today, IReadOnlyList<DemoRegion> regions, IReadOnlyList<Guid> interviewers, ConsentPolicy policy)
    {
        if (regions.Count == 0 || regions.Any(r => r.ExpertTeamIds.Count == 0))
            throw new ArgumentException("Every demo region needs at least one expert team.", nameof(regions));
        _faker = new Faker("nl") { Random = new Randomizer(seed) };
        _today = today;
        _regions = regions;
        _interviewers = interviewers;
        // The ages at which the youth's form changes (12, 16, 18 by default): a youth who passed
        // one since the first consent signs the new form, which covers every milestone the policy
        // may make active.
        _youthFormAges = [.. Enum.GetValues<ConsentAudience>().Where(a => a.IsForYouth()).Select(a => a.MinAge()).Where(a => a > ConsentPolicy.InclusionAge).Distinct().Order()];
        _milestoneAges = [.. policy.ActiveMilestones.Select(m => m.Age)];
        _milestoneLeadDays = policy.ActiveMilestones.Select(m => m.LeadWeeks * 7).DefaultIfEmpty(0).Min();
    }

    // The first day on which consent forms for every audience were released (Dutch versions):
    // earlier inclusions could not have had consent before them.
    public static DateOnly FormsAvailableFrom(ConsentTemplateCatalog templates) =>
        Enum.GetValues<ConsentAudience>()
            .Select(a => templates.Templates.Where(t => t.Audience == a && t.Language == "nl" && t.IsSignable).Select(t => t.Released).DefaultIfEmpty(DateOnly.MaxValue).Min())
            .Max();

    public EnrolmentRequest Next(DemoCohort cohort)
    {
        var f = _faker;
        var inclusion = Between(cohort.FirstInclusion, cohort.LastInclusion);
        var dateOfBirth = MilestoneDateOfBirth(inclusion) ?? DateOfBirth(inclusion);
        var sex = f.Random.WeightedRandom(Sexes, SexWeights);
        var surname = f.Name.LastName();
        var given = f.Name.FirstName(sex == Sex.Female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
        var city = f.Address.City();

        // Consent comes before inclusion, but not before the youth could give it (age 8).
        var firstConsent = Max(inclusion.AddDays(-f.Random.Number(1, 28)), Age.Birthday(dateOfBirth, ConsentPolicy.InclusionAge));
        var minorAtConsent = Age.InYears(dateOfBirth, firstConsent) < 18;

        var others = new List<PersonInput>();
        if (minorAtConsent)
        {
            if (f.Random.Bool(.1f))
            {
                others.Add(Person(PersonRole.Guardian, "voogd", null));
            }
            else
            {
                others.Add(Person(PersonRole.ParentalAuthority, "moeder", surname, Bogus.DataSets.Name.Gender.Female));
                if (f.Random.Bool(.6f)) others.Add(Person(PersonRole.ParentalAuthority, "vader", surname, Bogus.DataSets.Name.Gender.Male));
            }
        }
        var carers = others.Count;
        for (var i = f.Random.Number(1, 2); i > 0; i--)
            others.Add(Person(PersonRole.Professional, $"{f.PickRandom(Organisations)} {city} {Marker}", null));

        var consents = new List<ConsentInput> { new(0, firstConsent, f.PickRandom(Methods)) };
        for (var i = 1; i <= carers; i++) consents.Add(new ConsentInput(i, firstConsent, f.PickRandom(Methods)));
        foreach (var age in _youthFormAges)
        {
            var birthday = Age.Birthday(dateOfBirth, age);
            if (birthday <= firstConsent || birthday > _today) continue;
            consents.Add(new ConsentInput(0, Between(birthday, Min(birthday.AddDays(28), _today)), f.PickRandom(Methods)));
        }

        var region = Pick(_regions);
        var discussed = inclusion.AddDays(-f.Random.Number(0, 60));
        return new EnrolmentRequest
        {
            CohortId = cohort.Id,
            InclusionDate = inclusion,
            YouthGivenNames = $"{given} {Marker}",
            YouthSurname = surname,
            DateOfBirth = dateOfBirth,
            Sex = sex,
            YouthAddress = $"{f.Address.StreetName()} {f.Random.Number(1, 250)}, {city}",
            YouthPhone = Phone(),
            RegionId = region.Id,
            ExpertTeamId = Pick(region.ExpertTeamIds),
            ExpertTeamDiscussedOn = discussed,
            CurrentSetting = f.Random.WeightedRandom(Settings, SettingWeights),
            PlacementStartedOn = discussed.AddDays(-f.Random.Number(0, 365)),
            Others = others,
            Consents = consents,
            InterviewerId = _interviewers.Count == 0 ? null : Pick(_interviewers),
            IsDemo = true,
        };
    }

    // A second surname for a youth who happened to match an earlier demo case (same surname and
    // date of birth): demo data never overrides the duplicate check.
    public EnrolmentRequest Rename(EnrolmentRequest request)
    {
        var surname = _faker.Name.LastName() + "-" + _faker.Name.LastName();
        return request with { YouthSurname = surname };
    }

    private DateOnly DateOfBirth(DateOnly inclusion)
    {
        var age = _faker.Random.WeightedRandom(Ages, AgeWeights);
        return inclusion.AddYears(-age).AddDays(-_faker.Random.Number(0, 364));
    }

    // About one youth in twelve is close to a 12th or 18th birthday, so that re-consent tasks and
    // the MilestoneDue state show up in a demonstration.
    private DateOnly? MilestoneDateOfBirth(DateOnly inclusion)
    {
        if (_milestoneAges.Length == 0 || _milestoneLeadDays < 2 || !_faker.Random.Bool(.08f)) return null;
        var age = _faker.PickRandom(_milestoneAges);
        var birthday = _today.AddDays(_faker.Random.Number(1, _milestoneLeadDays - 1));
        var dateOfBirth = birthday.AddYears(-age);
        return dateOfBirth < inclusion && Age.InYears(dateOfBirth, inclusion) >= ConsentPolicy.InclusionAge ? dateOfBirth : null;
    }

    private PersonInput Person(PersonRole role, string? relation, string? surname, Bogus.DataSets.Name.Gender? gender = null)
    {
        var given = _faker.Name.FirstName(gender);
        var last = surname ?? _faker.Name.LastName();
        return new PersonInput(role, $"{given} {Marker} {last}", relation, Phone: Phone(),
            Email: $"{Slug(given)}.{Slug(last)}.{_faker.Random.Number(1000, 9999)}@example.org");
    }

    private string Phone() => "06-0" + _faker.Random.Number(0, 9_999_999).ToString("0000000", System.Globalization.CultureInfo.InvariantCulture);

    private T Pick<T>(IReadOnlyList<T> items) => items[_faker.Random.Number(0, items.Count - 1)];

    private DateOnly Between(DateOnly first, DateOnly last) => first.AddDays(_faker.Random.Number(0, last.DayNumber - first.DayNumber));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Slug(string name) =>
        new([.. Security.BlindIndex.Normalise(name).Where(char.IsAsciiLetterOrDigit)]);
}
