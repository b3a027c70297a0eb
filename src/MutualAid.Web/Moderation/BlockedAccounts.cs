using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MutualAid.Web.Data;

namespace MutualAid.Web.Moderation;

// A neighbor the stewards blocked can still log in, read and step back (withdraw, decline, block
// someone, change their own settings), but nothing they do may reach anyone else: no posts,
// answers, acceptances, renewals, thank-you notes or reports.
public sealed class BlockedAccounts(AppDbContext db, IStringLocalizer<BlockedAccounts> text)
{
    public string Refusal => text["Your account is blocked by the neighborhood's stewards: you can still read, but not post, answer, renew, thank or report."];

    public Task<bool> IsBlockedAsync(string neighborId, CancellationToken cancellationToken = default) =>
        db.Users.AnyAsync(u => u.Id == neighborId && u.IsBlocked, cancellationToken);

    public async Task<string?> RefusalAsync(string neighborId, CancellationToken cancellationToken = default) =>
        await IsBlockedAsync(neighborId, cancellationToken) ? Refusal : null;
}
