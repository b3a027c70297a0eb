namespace MutualAid.Web.Data.Migrations;

// The steward log once stored English sentences ("post 12 “Bikes”", "Ana (ana@example.org)",
// "3 neighbors reported it"). StewardLogFacts reads them once into typed columns, and writes them
// back if the migration is undone. SQLite has no "last index of", so a neighbor's address is
// found after the last space: rtrim strips every character but spaces from the right.
public static class StewardLogSentences
{
    public const string ToFacts = """
        UPDATE StewardActions
        SET PostId = CAST(substr(Target, 6, instr(Target, ' “') - 6) AS INTEGER),
            Name = substr(Target, instr(Target, ' “') + 2, length(Target) - instr(Target, ' “') - 2)
        WHERE Action IN ('Hid post', 'Restored post', 'Hid automatically') AND Target LIKE 'post % “%”';

        UPDATE StewardActions
        SET Reporters = CAST(substr(Reason, 1, instr(Reason, ' ') - 1) AS INTEGER), Reason = ''
        WHERE Action = 'Hid automatically' AND Reason LIKE '% neighbors reported it';

        UPDATE StewardActions SET ReportId = CAST(substr(Target, 8) AS INTEGER)
        WHERE Action = 'Dismissed report' AND Target LIKE 'report %';

        UPDATE StewardActions
        SET Name = substr(Target, 1, length(rtrim(Target, replace(Target, ' ', ''))) - 1),
            Email = NULLIF(substr(Target, length(rtrim(Target, replace(Target, ' ', ''))) + 2,
                length(Target) - length(rtrim(Target, replace(Target, ' ', ''))) - 2), '')
        WHERE Action IN ('Blocked neighbor', 'Unblocked neighbor', 'Named steward', 'Removed steward') AND Target LIKE '% (%)';

        UPDATE StewardActions
        SET NeighborId = (SELECT u.Id FROM AspNetUsers u WHERE u.NormalizedEmail = upper(StewardActions.Email) OR u.Email = StewardActions.Email LIMIT 1)
        WHERE Email IS NOT NULL;

        UPDATE StewardActions
        SET PreviousName = substr(Target, 1, instr(Target, ' → ') - 1), Name = substr(Target, instr(Target, ' → ') + 3)
        WHERE Action = 'Renamed category' AND instr(Target, ' → ') > 0;

        UPDATE StewardActions SET Name = Target WHERE Name IS NULL AND ReportId IS NULL;

        UPDATE StewardActions SET CategoryId = (SELECT c.Id FROM Categories c WHERE c.Name = StewardActions.Name)
        WHERE Action IN ('Added category', 'Renamed category');

        UPDATE StewardActions SET NeighborhoodId = (SELECT n.Id FROM Neighborhoods n WHERE n.Name = StewardActions.Name)
        WHERE Action IN ('Added neighborhood', 'Edited neighborhood');

        UPDATE StewardActions SET Action = CASE Action
            WHEN 'Hid post' THEN 'HidPost' WHEN 'Restored post' THEN 'RestoredPost' WHEN 'Hid automatically' THEN 'HidAutomatically'
            WHEN 'Dismissed report' THEN 'DismissedReport' WHEN 'Blocked neighbor' THEN 'BlockedNeighbor'
            WHEN 'Unblocked neighbor' THEN 'UnblockedNeighbor' WHEN 'Named steward' THEN 'NamedSteward'
            WHEN 'Removed steward' THEN 'RemovedSteward' WHEN 'Added category' THEN 'AddedCategory'
            WHEN 'Renamed category' THEN 'RenamedCategory' WHEN 'Added neighborhood' THEN 'AddedNeighborhood'
            WHEN 'Edited neighborhood' THEN 'EditedNeighborhood' ELSE Action END;
        """;

    public const string FromFacts = """
        UPDATE StewardActions SET Target = CASE
            WHEN PostId IS NOT NULL THEN 'post ' || PostId || ' “' || coalesce(Name, '') || '”'
            WHEN ReportId IS NOT NULL THEN 'report ' || ReportId
            WHEN Kind IN ('BlockedNeighbor', 'UnblockedNeighbor', 'NamedSteward', 'RemovedSteward') THEN coalesce(Name, '') || ' (' || coalesce(Email, '') || ')'
            WHEN PreviousName IS NOT NULL THEN PreviousName || ' → ' || coalesce(Name, '')
            ELSE coalesce(Name, '') END;

        UPDATE StewardActions SET Reason = Reporters || ' neighbors reported it' WHERE Reporters IS NOT NULL;

        UPDATE StewardActions SET Kind = CASE Kind
            WHEN 'HidPost' THEN 'Hid post' WHEN 'RestoredPost' THEN 'Restored post' WHEN 'HidAutomatically' THEN 'Hid automatically'
            WHEN 'DismissedReport' THEN 'Dismissed report' WHEN 'BlockedNeighbor' THEN 'Blocked neighbor'
            WHEN 'UnblockedNeighbor' THEN 'Unblocked neighbor' WHEN 'NamedSteward' THEN 'Named steward'
            WHEN 'RemovedSteward' THEN 'Removed steward' WHEN 'AddedCategory' THEN 'Added category'
            WHEN 'RenamedCategory' THEN 'Renamed category' WHEN 'AddedNeighborhood' THEN 'Added neighborhood'
            WHEN 'EditedNeighborhood' THEN 'Edited neighborhood' ELSE Kind END;
        """;
}
