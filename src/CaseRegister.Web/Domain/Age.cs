namespace CaseRegister.Web.Domain;

public static class Age
{
    // Whole years completed on a date. Someone born on 29 February completes a year on 1 March in
    // non-leap years: only then has the full anniversary passed. This is the stricter reading for
    // consent milestones (no one is treated as older than they are).
    public static int InYears(DateOnly dateOfBirth, DateOnly on)
    {
        if (on < dateOfBirth) throw new ArgumentOutOfRangeException(nameof(on), "Date lies before the date of birth.");
        var years = on.Year - dateOfBirth.Year;
        if (on < Birthday(dateOfBirth, years)) years--;
        return years;
    }

    // The date on which someone reaches the given age.
    public static DateOnly Birthday(DateOnly dateOfBirth, int age)
    {
        var year = dateOfBirth.Year + age;
        if (dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year))
            return new DateOnly(year, 3, 1);
        return new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);
    }
}
