using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;
using MutualAid.Web.Moderation;
using MutualAid.Web.Neighbors;

namespace MutualAid.Web.Pages.Moderation;

public class StewardsModel(AppDbContext db, UserManager<Neighbor> users, StewardRoster roster, IStringLocalizer<StewardsModel> text)
    : RosterPageModel(db, users, text, StewardOptions.Role)
{
    public IReadOnlyList<Neighbor> Stewards => Members;

    protected override Task<string?> NameAsync(string stewardId, Neighbor neighbor, string reason) => roster.NameAsync(stewardId, neighbor, reason);

    protected override Task<string?> RemoveAsync(string stewardId, Neighbor member, string reason) => roster.RemoveAsync(stewardId, member, reason);

    protected override string Named(Neighbor neighbor) => text["{0} is now a steward.", neighbor.DisplayName];

    protected override string Removed(Neighbor member) => text["{0} is no longer a steward.", member.DisplayName];

    protected override string ChooseFromList => text["Choose a steward from the list."];
}
