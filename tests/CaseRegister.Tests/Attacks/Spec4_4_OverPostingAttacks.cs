using System.Net;
using CaseRegister.Tests.Support;
using CaseRegister.Web.Accounts;
using CaseRegister.Web.Data;
using CaseRegister.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseRegister.Tests.Attacks;

// SPEC §4.4: "over-posted fields (assigned interviewer, status, role) are ignored". Each form binds
// an explicit Input record; fields a browser never sends are posted here anyway. The coordinator
// inviting an administrator by posting the role is in Accounts/InvitationTests.
[Collection(AttackHost.Collection)]
public class Spec4_4_OverPostingAttacks(AttackHost app)
{
    [Fact] // SPEC §4.4
    public async Task Enrolment_ignores_a_posted_status_research_code_id_demo_flag_and_interviewer_and_keeps_professionals_professional()
    {
        var place = await StudyData.PrepareAsync(app);
        var coordinator = await app.LoginAsync(await app.CreateUserAsync(Roles.Coordinator));
        var admin = await app.CreateUserAsync(Roles.Admin);
        var interviewer = await app.CreateUserAsync(Roles.Interviewer);
        var chosenId = Guid.NewGuid();
        var today = app.Clock.Today;
        var form = new Dictionary<string, string>(StudyData.EnrolmentForm(place, today, "Overpost"))
        {
            // What an attacker adds:
            ["Input.InterviewerId"] = admin.Id.ToString(),
            ["Input.AssignedInterviewerId"] = interviewer.Id.ToString(),
            ["AssignedInterviewerId"] = interviewer.Id.ToString(),
            ["Input.Status"] = nameof(CaseStatus.Withdrawn),
            ["Status"] = nameof(CaseStatus.Withdrawn),
            ["Input.ResearchCode"] = "HACK-0001",
            ["ResearchCode"] = "HACK-0001",
            ["Input.Id"] = chosenId.ToString(),
            ["Id"] = chosenId.ToString(),
            ["Input.IsDemo"] = "true",
            ["Input.ConsentState"] = "Complete",
            ["Input.Youth.Role"] = nameof(PersonRole.Professional),
            ["Input.Professionals[0].Role"] = nameof(PersonRole.ParentalAuthority),
            ["Input.Professionals[0].Name"] = "Mr. Smokkel",
            ["Input.Professionals[0].ConsentGiven"] = "true",
            ["Input.Professionals[0].ConsentOn"] = today.ToString("yyyy-MM-dd"),
        };

        var response = await coordinator.SubmitAsync("/Cases/Enrol", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split("id=")[1]);
        await app.WithDbAsync(async db =>
        {
            var c = await db.Cases.Include(x => x.Persons).SingleAsync(x => x.Id == id);
            Assert.NotEqual(chosenId, c.Id);
            Assert.StartsWith("ZW-", c.ResearchCode, StringComparison.Ordinal);
            Assert.Equal(CaseStatus.Enrolled, c.Status);
            Assert.Null(c.AssignedInterviewerId);
            Assert.False(c.IsDemo);
            Assert.Equal(PersonRole.Youth, c.Persons.Single(p => p.SortOrder == 0).Role);
            Assert.Equal(PersonRole.Professional, c.Persons.Single(p => p.Name == "Mr. Smokkel").Role);
            var smuggled = c.Persons.Single(p => p.Name == "Mr. Smokkel").Id;
            Assert.False(await db.ConsentRecords.AnyAsync(r => r.PersonId == smuggled));
            Assert.False(await db.Assignments.AnyAsync(a => a.CaseId == id));
        });
    }

    [Fact] // SPEC §4.4 (role)
    public async Task Accepting_an_invitation_ignores_a_posted_role_and_gives_only_the_invited_one()
    {
        var inviter = await app.CreateUserAsync(Roles.Coordinator);
        var email = $"nieuw-{Guid.NewGuid():N}@example.org";
        var token = await app.WithScopeAsync(sp => sp.GetRequiredService<Invitations>().CreateAsync(email, Roles.Interviewer, inviter.Id));
        var browser = app.Browser();
        var path = Invitations.Path(token);

        var response = await browser.SubmitAsync(path, new()
        {
            ["Input.Email"] = "ander@example.org",
            ["Input.DisplayName"] = "Nieuwe Onderzoeker",
            ["Input.Password"] = "een heel lang wachtwoord 42",
            ["Input.ConfirmPassword"] = "een heel lang wachtwoord 42",
            ["Input.Role"] = Roles.Admin,
            ["Role"] = Roles.Admin,
            ["Input.Roles"] = Roles.Admin,
            ["Invitation.Role"] = Roles.Admin,
            ["Input.TwoFactorEnabled"] = "true",
            ["Input.EmailConfirmed"] = "true",
        }, getPath: path);

        Assert.Equal("/Account/Enrol", response.Headers.Location?.OriginalString);
        var roles = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            Assert.Null(await users.FindByEmailAsync("ander@example.org"));
            var user = (await users.FindByEmailAsync(email))!;
            Assert.False(user.TwoFactorEnabled);
            return await users.GetRolesAsync(user);
        });
        Assert.Equal([Roles.Interviewer], roles);
    }

    [Fact] // SPEC §4.4 (assigned interviewer)
    public async Task Assigning_someone_who_is_not_an_active_interviewer_is_refused()
    {
        var coordinator = await app.CreateUserAsync(Roles.Coordinator);
        var browser = await app.LoginAsync(coordinator);
        var (caseId, _) = await StudyData.CaseAsync(app, surname: "Toewijzing");
        var disabled = await app.CreateUserAsync(Roles.Interviewer);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == disabled.Id)).IsDisabled = true;
            await db.SaveChangesAsync();
        });

        foreach (var candidate in new[] { coordinator.Id, disabled.Id, Guid.NewGuid() })
        {
            var response = await browser.SubmitAsync($"/Cases/Assign?id={caseId}", new() { ["InterviewerId"] = candidate.ToString(), ["AssignedInterviewerId"] = candidate.ToString() }, getPath: $"/Cases/Assign?id={caseId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Kies een actieve onderzoeker", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Null(await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.AssignedInterviewerId).SingleAsync()));
    }

    [Fact] // SPEC §4.4 (an interviewer's own case: names, roles, case and recorder are not theirs to post)
    public async Task An_interviewer_cannot_post_a_name_role_case_or_recorder_into_contact_forms()
    {
        var me = await app.CreateUserAsync(Roles.Interviewer);
        var colleague = await app.CreateUserAsync(Roles.Interviewer);
        var (mine, _) = await StudyData.CaseAsync(app, interviewerId: me.Id, surname: "Eigenaar");
        var (theirs, _) = await StudyData.CaseAsync(app, interviewerId: colleague.Id, surname: "Ander");
        var browser = await app.LoginAsync(me);
        var parent = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseRegisterDbContext>().CasePersons.AsNoTracking().FirstAsync(p => p.CaseId == mine && p.Role == PersonRole.ParentalAuthority));

        // The contact form appears once identity is shown; its token is the session's.
        var token = (await browser.PageAsync($"/Cases/Identity?id={mine}")).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var contact = await browser.PostAsync($"/Cases/Identity?id={mine}&handler=UpdateContact", new()
        {
            ["__RequestVerificationToken"] = token,
            ["Contact.PersonId"] = parent.Id.ToString(), ["Contact.Phone"] = "06-55555555",
            ["Contact.Name"] = "Gekaapt", ["Contact.Role"] = nameof(PersonRole.Professional), ["Contact.CaseId"] = theirs.ToString(), ["Contact.IsActive"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, contact.StatusCode);

        var attempt = await browser.SubmitAsync($"/Cases/Contacts?id={mine}", new()
        {
            ["Input.OccurredOn"] = app.Clock.Today.ToString("yyyy-MM-dd"), ["Input.Channel"] = "Phone", ["Input.Outcome"] = "Reached",
            ["Input.CaseId"] = theirs.ToString(), ["CaseId"] = theirs.ToString(), ["Input.RecordedByUserId"] = colleague.Id.ToString(), ["Input.Id"] = Guid.Empty.ToString(),
        }, handler: "Add", getPath: $"/Cases/Contacts?id={mine}");
        Assert.Equal(HttpStatusCode.Redirect, attempt.StatusCode);

        await app.WithDbAsync(async db =>
        {
            var stored = await db.CasePersons.AsNoTracking().SingleAsync(p => p.Id == parent.Id);
            Assert.Equal("06-55555555", stored.Phone);
            Assert.Equal(parent.Name, stored.Name);
            Assert.Equal(PersonRole.ParentalAuthority, stored.Role);
            Assert.Equal(mine, stored.CaseId);
            Assert.True(stored.IsActive);
            var recorded = await db.ContactAttempts.AsNoTracking().SingleAsync(a => a.CaseId == mine || a.CaseId == theirs);
            Assert.Equal(mine, recorded.CaseId);
            Assert.Equal(me.Id, recorded.RecordedByUserId);
            Assert.NotEqual(Guid.Empty, recorded.Id);
        });
    }
}
