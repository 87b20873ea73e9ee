namespace NewsNlp.Training;

/// <summary>Reads the names of a name-list file: one name per line (<c>#</c> starts a comment), or a TSV file with a
/// header line whose chosen columns hold names, several per cell separated by <c>|</c>.</summary>
internal static class NameListFile
{
    public static string[] Read(string path, IReadOnlyList<string>? columns)
    {
        if (!path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            return [.. File.ReadLines(path).Select(static line => line.Trim()).Where(static line => line.Length > 0 && line[0] != '#')];
        }

        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new FormatException($"{path}: the TSV file has no header line.")).Split('\t');
        var wanted = columns is { Count: > 0 } ? columns : ["name"];
        var indexes = new int[wanted.Count];
        for (int i = 0; i < wanted.Count; i++)
        {
            indexes[i] = Array.IndexOf(header, wanted[i]);
            if (indexes[i] < 0)
            {
                throw new FormatException($"{path}: no column '{wanted[i]}' (columns: {string.Join(", ", header)}).");
            }
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            foreach (int index in indexes)
            {
                if (index >= cells.Length)
                {
                    continue;
                }

                foreach (var name in cells[index].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    names.Add(name);
                }
            }
        }

        return [.. names.Order(StringComparer.Ordinal)];
    }
}
