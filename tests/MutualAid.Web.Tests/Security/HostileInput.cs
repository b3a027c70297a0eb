using System.Text;

namespace MutualAid.Web.Tests.Security;

// Generates the nasty things people and bots type into forms: huge text, control characters,
// right-to-left marks, markup, SQL-ish text, absurd numbers and dates. Seeded, so runs repeat.
public sealed class HostileInput(int seed)
{
    private static readonly string[] Nasty =
    [
        "", " ", "\0", "\u0001\u0002\u0007", "\u202Eevil\u202C", "\u200F\u200E", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
        "'; DROP TABLE Posts;--", "1 OR 1=1", "%00", "../../etc/passwd", "{{7*7}}", "${jndi:ldap://x}", "ℌ𝔢𝔩𝔩𝔬 🧡🏳️‍🌈", "ñandú é ü ß ø",
        "NaN", "Infinity", "-Infinity", "1e308", "-1e308", "99999999999999999999", "-0", "0x1F", "3,5", "١٢٣",
        "0001-01-01", "9999-12-31", "1900-01-01", "2026-02-30", "not a date", "\r\n\r\n", "\t", "Z͑ͫ̓ͪ̂ͫ̽͏̴̙̤̞͉͚̯̞̠͍A̴̵̜̰͔ͫ͗͢L̠ͨͧͩ͘G̴̻͈͍͔̹̑͗̎̅͛́",
    ];

    private readonly Random random = new(seed);

    public string Next()
    {
        return random.Next(10) switch
        {
            0 => new string((char)random.Next(0x20, 0x7E), random.Next(1, 3) == 1 ? 4_001 : 130),
            1 => new string('x', random.Next(100_000, 200_000)),
            2 => Nasty[random.Next(Nasty.Length)] + Nasty[random.Next(Nasty.Length)],
            3 => random.NextDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            4 => (random.Next(-1000, 1000) * 1.5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            5 => RandomChars(random.Next(1, 60)),
            _ => Nasty[random.Next(Nasty.Length)],
        };
    }

    private string RandomChars(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var c = (char)random.Next(0, 0xD7FF);
            builder.Append(c);
        }

        return builder.ToString();
    }
}
