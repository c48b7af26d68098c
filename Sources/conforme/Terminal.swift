import Foundation

/// Standard output and error, unbuffered by Foundation's print so large reports stream.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func output(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static func wantsColor(fileDescriptor: Int32) -> Bool {
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
        if environment("TERM") == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }

    /// One environment variable. `getenv`, not `ProcessInfo.environment`, which copies the
    /// whole environment into a dictionary at each call (~0.4M instructions at start-up).
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
