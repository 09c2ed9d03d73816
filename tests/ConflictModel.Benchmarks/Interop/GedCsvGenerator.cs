using System;
using System.Globalization;
using System.IO;
using System.Text;
using ConflictModel.Interop.Ged;
using nietras.SeparatedValues;

namespace ConflictModel.Benchmarks.Interop;

/// <summary>
/// Writes a GED-shaped CSV of any size, deterministically from a seed: the 49 columns of
/// <see cref="GedColumns.Names"/>, with values shaped like the real file's (quoted source lists joined by
/// ';', 1 row in 10 with a line break inside a quoted field, empty gwnob, timestamps as in GED).
/// </summary>
public static class GedCsvGenerator
{
    private static readonly string[] Countries = ["Mali|432|Africa", "Burkina Faso|439|Africa", "Niger|436|Africa", "Nigeria|475|Africa", "Ukraine|369|Europe", "Mexico|70|Americas", "Syria|652|Middle East", "Myanmar (Burma)|775|Asia"];
    private static readonly string[] Offices = ["Agence France Presse", "Reuters News", "Xinhua News Agency", "BBC Monitoring Africa", "Associated Press", "Le Monde"];
    private static readonly string[] Places = ["Timbuktu town", "Djibo town", "Gao town", "Menaka town", "Kidal town", "Tillaberi town", "Maiduguri town", "Bakhmut town"];

    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/>.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="rows">How many data rows.</param>
    /// <param name="seed">The seed; equal seeds and sizes give byte-identical files.</param>
    public static void Write(string path, int rows, int seed = 42)
    {
        var rng = new Random(seed);
        using var text = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text);
        writer.Header.Add(GedColumns.Names);
        var v = new string[GedColumns.Names.Count];
        var start = new DateTime(1989, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < rows; i++)
        {
            Fill(v, i, rng, start);
            using var row = writer.NewRow();
            for (var c = 0; c < v.Length; c++)
            {
                row[c].Set(v[c]);
            }
        }
    }

    private static void Fill(string[] v, int i, Random rng, DateTime epoch)
    {
        string I(long n) => n.ToString(CultureInfo.InvariantCulture);
        var country = Countries[rng.Next(Countries.Length)].Split('|');
        var tov = rng.Next(1, 4);
        var date = epoch.AddDays(rng.Next(0, 13_000));
        var span = rng.Next(10) == 0 ? rng.Next(1, 6) : 0;
        var militia = rng.Next(50);
        var group = rng.Next(200);
        var sideA = tov == 2 ? "Militia " + I(militia) : "Government of " + country[0];
        var sideAId = tov == 2 ? I(1000 + militia) : country[1];
        var sideB = tov == 3 ? "Civilians" : "Armed group " + I(group);
        var sideBId = tov == 3 ? "1" : I(5000 + group);
        var sources = rng.Next(1, 4);
        var article = new StringBuilder();
        var office = new StringBuilder();
        var dates = new StringBuilder();
        var headline = new StringBuilder();
        for (var s = 0; s < sources; s++)
        {
            var o = Offices[rng.Next(Offices.Length)];
            var d = date.AddDays(rng.Next(0, 3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var h = "Attack near " + Places[rng.Next(Places.Length)] + ", " + I(rng.Next(1, 40)) + " killed";
            var sep = s == 0 ? string.Empty : ";";
            article.Append(sep).Append('"').Append(o).Append(',').Append(d).Append(',').Append(h).Append('"');
            office.Append(sep).Append(o);
            dates.Append(sep).Append(d);
            headline.Append(sep).Append(h);
        }

        var a = rng.Next(0, 20);
        var b = rng.Next(0, 20);
        var civ = rng.Next(0, 5);
        var unknown = rng.Next(0, 3);
        var best = a + b + civ + unknown;
        var lat = Math.Round(rng.NextDouble() * 40 - 5, 6);
        var lon = Math.Round(rng.NextDouble() * 60 - 10, 6);
        var place = Places[rng.Next(Places.Length)];
        v[0] = I(100_000 + i);
        v[1] = country[0][..3].ToUpperInvariant() + "-" + I(date.Year) + "-" + I(tov) + "-" + I(i);
        v[2] = I(date.Year);
        v[3] = rng.Next(3) == 0 ? "false" : "true";
        v[4] = "Clear";
        v[5] = I(tov);
        v[6] = I(200 + rng.Next(100));
        v[7] = v[6];
        v[8] = country[0] + ": Government";
        v[9] = I(400 + rng.Next(300));
        v[10] = v[9];
        v[11] = sideA + " - " + sideB;
        v[12] = sideAId;
        v[13] = sideAId;
        v[14] = sideA;
        v[15] = sideBId;
        v[16] = sideBId;
        v[17] = sideB;
        v[18] = I(sources);
        v[19] = article.ToString();
        v[20] = office.ToString();
        v[21] = dates.ToString();
        v[22] = headline.ToString();
        v[23] = rng.Next(3) == 0 ? "local official" : string.Empty;
        v[24] = I(rng.Next(1, 7));
        v[25] = place;
        v[26] = rng.Next(10) == 0 ? "near the market,\nnorth of " + place : "village of " + place;
        v[27] = "Region " + I(rng.Next(10));
        v[28] = "District " + I(rng.Next(50));
        v[29] = lat.ToString("F6", CultureInfo.InvariantCulture);
        v[30] = lon.ToString("F6", CultureInfo.InvariantCulture);
        v[31] = "POINT (" + lon.ToString("R", CultureInfo.InvariantCulture) + " " + lat.ToString("R", CultureInfo.InvariantCulture) + ")";
        v[32] = I(100_000 + rng.Next(150_000));
        v[33] = country[0];
        v[34] = country[1];
        v[35] = country[2];
        v[36] = rng.Next(20) == 0 ? "2" : "1";
        v[37] = span == 0 ? "1" : "2";
        v[38] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00.000";
        v[39] = date.AddDays(span).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00.000";
        v[40] = I(a);
        v[41] = I(b);
        v[42] = I(civ);
        v[43] = I(unknown);
        v[44] = I(best);
        v[45] = I(best + rng.Next(0, 5));
        v[46] = I(Math.Max(0, best - rng.Next(0, 3)));
        v[47] = tov == 2 ? string.Empty : country[1];
        v[48] = string.Empty;
    }
}
