using System.Collections.Generic;
using System.Threading.Tasks;

namespace ConflictModel.Tables.Tests;

internal static class Async
{
    /// <summary>The items as an asynchronous stream, yielding between items as an import's batches do.</summary>
    public static async IAsyncEnumerable<T> From<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
