using Microsoft.EntityFrameworkCore;
using MutualAid.Web.Geo;

namespace MutualAid.Web.Posts;

// Distances from the viewer's public cell to each post's public cell, in the equirectangular
// projection around the viewer: plain arithmetic that SQLite can evaluate, accurate to well under
// a band's width at a city's scale. "Within" adds the box the circle fits in, by cell row and
// public longitude, so SQLite reads the (status, cell row, public longitude) index instead of every
// open post; the box only narrows the search, the circle decides.
public static class BrowseArea
{
    // Beyond this many rows a latitude range is cheaper to send than a list of rows.
    private const int MaxRowList = 400;
    private const double SlackDegrees = 1e-7;

    public static IQueryable<Post> Within(this IQueryable<Post> posts, GridCell origin, double km)
    {
        var (lat0, lon0, lonScale) = Projection(origin);
        var latitudeSpan = km / GeoPoint.KmPerDegree;
        var longitudeSpan = latitudeSpan / lonScale;
        var (south, north) = (lat0 - latitudeSpan - SlackDegrees, lat0 + latitudeSpan + SlackDegrees);
        var (west, east) = (lon0 - longitudeSpan - SlackDegrees, lon0 + longitudeSpan + SlackDegrees);
        var firstRow = GridCell.Containing(new GeoPoint(Math.Max(-90, south), 0)).Row;
        var lastRow = GridCell.Containing(new GeoPoint(Math.Min(90, north), 0)).Row;
        if (lastRow - firstRow < MaxRowList)
        {
            var rows = Enumerable.Range(firstRow, lastRow - firstRow + 1).ToArray();
            posts = posts.Where(p => EF.Constant(rows).Contains(p.CellRow));
        }

        return posts.Where(p => p.PublicLatitude >= south && p.PublicLatitude <= north
            && p.PublicLongitude >= west && p.PublicLongitude <= east).InCircle(origin, km);
    }

    // The circle alone, with nothing an index could seek: for reading another index's order and
    // testing each post as it comes.
    public static IQueryable<Post> InCircle(this IQueryable<Post> posts, GridCell origin, double km)
    {
        var (lat0, lon0, lonScale) = Projection(origin);
        var latitudeSpan = km / GeoPoint.KmPerDegree;
        var limit = latitudeSpan * latitudeSpan;
        return posts.Where(p => ((p.PublicLatitude - lat0) * (p.PublicLatitude - lat0))
            + ((p.PublicLongitude - lon0) * lonScale * (p.PublicLongitude - lon0) * lonScale) <= limit);
    }

    public static IOrderedQueryable<Post> NearestFirst(this IQueryable<Post> posts, GridCell origin)
    {
        var (lat0, lon0, lonScale) = Projection(origin);
        return posts
            .OrderBy(p => ((p.PublicLatitude - lat0) * (p.PublicLatitude - lat0))
                + ((p.PublicLongitude - lon0) * lonScale * (p.PublicLongitude - lon0) * lonScale))
            .ThenByDescending(p => p.CreatedAt);
    }

    private static (double Lat0, double Lon0, double LonScale) Projection(GridCell origin)
    {
        var center = origin.Center;
        return (center.Latitude, center.Longitude, Math.Cos(center.Latitude * Math.PI / 180));
    }
}
