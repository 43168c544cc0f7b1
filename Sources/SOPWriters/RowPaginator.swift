/// Splits rows of known heights into pages, in order, in one pass. A page after the first reserves
/// `continuationReserve` at its top and a page followed by another reserves `moreReserve` at its
/// bottom (room for off-page connectors). Every page gets at least one row.
enum RowPaginator {
    static func pages(heights: [Double], capacity: Double, continuationReserve: Double = 0, moreReserve: Double = 0) -> [Range<Int>] {
        guard !heights.isEmpty else { return [] }
        var suffix = [Double](repeating: 0, count: heights.count + 1)
        for index in heights.indices.reversed() { suffix[index] = suffix[index + 1] + heights[index] }
        var pages: [Range<Int>] = []
        var start = 0
        while start < heights.count {
            let available = capacity - (pages.isEmpty ? 0 : continuationReserve)
            if suffix[start] <= available {
                pages.append(start..<heights.count)
                break
            }
            var end = start
            var used = 0.0
            while end < heights.count, used + heights[end] <= available - moreReserve {
                used += heights[end]
                end += 1
            }
            end = max(end, start + 1)
            pages.append(start..<end)
            start = end
        }
        return pages
    }
}
