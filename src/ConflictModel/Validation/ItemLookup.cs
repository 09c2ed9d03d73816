using System;
using System.Collections.Generic;
using ConflictModel.Collections;

namespace ConflictModel.Validation;

/// <summary>
/// Finds an item of one engagement by id: a linear scan for the few items an engagement usually has, a
/// dictionary built once for many. The first item declared with an id wins; null items are skipped.
/// </summary>
internal readonly struct ItemLookup<TKey, TItem>
    where TKey : notnull
    where TItem : class
{
    private const int ScanLimit = 16;
    private readonly EquatableArray<TItem> _items;
    private readonly Func<TItem, TKey> _key;
    private readonly Dictionary<TKey, int>? _map;

    public ItemLookup(EquatableArray<TItem> items, Func<TItem, TKey> key)
    {
        _items = items;
        _key = key;
        if (items.Count > ScanLimit)
        {
            _map = new Dictionary<TKey, int>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is { } item)
                {
                    _map.TryAdd(key(item), i);
                }
            }
        }
    }

    public int IndexOf(TKey key)
    {
        if (_map is not null)
        {
            return _map.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = 0; i < _items.Count; i++)
        {
            if (_items[i] is { } item && EqualityComparer<TKey>.Default.Equals(_key(item), key))
            {
                return i;
            }
        }

        return -1;
    }

    public TItem? Find(TKey key)
    {
        var i = IndexOf(key);
        return i < 0 ? null : _items[i];
    }
}
