using CaseRegister.Web.Data;
using CaseRegister.Web.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace CaseRegister.Web.Study;

// Starting reference data for a new database: the study settings row and the youth-care regions
// named in the source documents (Zuid-West from the BREN plan, the nine Noord-Holland regions of
// BORN), each with a regional expert team. The coordinator edits all of it; no code depends on it.
public static class ReferenceData
{
    private static readonly (string Landsdeel, bool InStudy, string[] Regions)[] Seed =
    [
        ("Zuid-West", true, ["Haaglanden", "Holland Rijnland", "Midden-Holland", "Rotterdam-Rijnmond", "Zuid-Holland-Zuid"]),
        ("Noord-Holland", false, ["Amsterdam-Amstelland", "Gooi- en Vechtstreek", "Haarlemmermeer", "IJmond", "Noord-Kennemerland", "Kop van Noord-Holland", "Westfriesland", "Zaanstreek-Waterland", "Zuid-Kennemerland"]),
    ];

    public static async Task EnsureAsync(CaseRegisterDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (!await db.StudySettings.AnyAsync(ct))
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            db.StudySettings.Add(new StudySettings { StudyStart = new DateOnly(today.Year, 1, 1) });
        }
        if (!await db.Regions.AnyAsync(ct))
        {
            foreach (var (landsdeel, inStudy, regions) in Seed)
            {
                foreach (var name in regions)
                {
                    var region = new Region { Id = Guid.NewGuid(), Name = name, Landsdeel = landsdeel, InStudy = inStudy };
                    region.ExpertTeams.Add(new ExpertTeam { Id = Guid.NewGuid(), RegionId = region.Id, Name = $"Regionaal expertteam {name}" });
                    db.Regions.Add(region);
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
