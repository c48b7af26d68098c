import ConformeKit
import Foundation

extension LocalDate {
    /// Today in the machine's time zone: the day the administration sees on its calendar.
    /// The engine never reads the clock; the CLI passes this in (or `--today`).
    static func currentLocal() -> LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
