using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MutualAid.Web.Data;
using MutualAid.Web.Localization;

namespace MutualAid.Web.Neighbors;

// Turns the account pages' requests into emails, away from the request that typed the address:
// here the address is looked up, the email chosen by the account's state, and the address's
// daily cap applied. Whatever happens here, the page has already given its one answer.
public sealed partial class AccountEmailJob(AppDbContext db, UserManager<Neighbor> users, AccountEmails emails, TimeProvider clock,
    IOptions<AccountEmailLimits> limits, ILogger<AccountEmailJob> logger)
{
    private const int BatchSize = 100;
    private static readonly TimeSpan CapWindow = TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // A request that sent something is kept for the cap's day; one that sent nothing is not kept at all.
        var forgotten = now - CapWindow;
        await db.AccountEmailRequests.Where(r => r.HandledAt < forgotten).ExecuteDeleteAsync(cancellationToken);
        var pending = await db.AccountEmailRequests.AsNoTracking().Where(r => r.HandledAt == null)
            .OrderBy(r => r.Id).Select(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in pending)
        {
            try
            {
                await HandleAsync(id, now, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One request that cannot be handled must neither hold up the others nor come back
                // every tick; whoever asked can ask again.
                LogRequestFailed(logger, id, e);
                db.ChangeTracker.Clear();
                await db.AccountEmailRequests.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Account email request {Id} could not be handled and was dropped")]
    private static partial void LogRequestFailed(ILogger logger, long id, Exception exception);

    private async Task HandleAsync(long id, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.AccountEmailRequests.FirstOrDefaultAsync(r => r.Id == id && r.HandledAt == null, cancellationToken);
        if (request is null)
        {
            return;
        }

        if (request.Kind == AccountEmailKind.EmailChange)
        {
            await DecideEmailChangeAsync(request, now, cancellationToken);
        }
        else
        {
            var neighbor = await users.FindByEmailAsync(request.Address);
            if (neighbor is not null && IsWanted(request.Kind, neighbor) && await IsUnderCapAsync(neighbor.NormalizedEmail!, now, cancellationToken))
            {
                await QueueAsync(request, neighbor);
                request.MarkSent(neighbor.NormalizedEmail!, now);
            }
            else
            {
                db.AccountEmailRequests.Remove(request);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance of the app handled it first, and sent what was due.
        }
    }

    // A free address (or one held by an unconfirmed account, which proves nothing and gives way
    // when the link is opened) gets the link; a confirmed account's address gets a notice to its
    // owner instead. Either way one email leaves, to the address typed, and counts against its cap.
    private async Task DecideEmailChangeAsync(AccountEmailRequest request, DateTime now, CancellationToken cancellationToken)
    {
        var requester = request.NeighborId is { } id ? await users.FindByIdAsync(id) : null;
        var holder = await users.FindByEmailAsync(request.Address);
        var normalized = users.NormalizeEmail(request.Address);
        if (requester is null || holder?.Id == requester.Id || !await IsUnderCapAsync(normalized, now, cancellationToken))
        {
            db.AccountEmailRequests.Remove(request);
            return;
        }

        using (CultureScope.Of(request.Language))
        {
            if (holder is { EmailConfirmed: true })
            {
                emails.QueueAddressTaken(holder);
            }
            else
            {
                await emails.QueueEmailChangeAsync(requester, request.Address);
            }
        }

        request.MarkSent(normalized, now);
    }

    // A confirmed address needs no confirmation link; every other request deserves an answer.
    private static bool IsWanted(AccountEmailKind kind, Neighbor neighbor) => kind != AccountEmailKind.Confirmation || !neighbor.EmailConfirmed;

    private async Task<bool> IsUnderCapAsync(string normalizedAddress, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - CapWindow;
        var sent = await db.AccountEmailRequests.CountAsync(r => r.SentTo == normalizedAddress && r.HandledAt > since, cancellationToken);
        return sent < limits.Value.AccountEmailsPerAddressPerDay;
    }

    private async Task QueueAsync(AccountEmailRequest request, Neighbor neighbor)
    {
        using var _ = CultureScope.Of(request.Language);
        switch (request.Kind)
        {
            case AccountEmailKind.SignUp when neighbor.EmailConfirmed:
                emails.QueueAlreadyRegistered(neighbor);
                break;
            case AccountEmailKind.SignUp:
                await emails.QueueConfirmationAsync(neighbor, request.ReturnUrl);
                break;
            case AccountEmailKind.Confirmation:
                await emails.QueueConfirmationAsync(neighbor, returnUrl: null);
                break;
            case AccountEmailKind.PasswordReset:
                await emails.QueuePasswordResetAsync(neighbor);
                break;
        }
    }
}
