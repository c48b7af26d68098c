import ConformeKit
import Foundation

/// Standard output and error, unbuffered by Foundation's print so large reports stream.
///
/// A failed write to standard output (a full disk, `> /dev/full`, a closed descriptor, a reader
/// that went away) ends the run with exit 2 and a sentence on standard error: a report cut
/// short must never look like a complete one, nor crash.
enum Terminal {
    /// The run's language for the write-failure sentence, once the command has read `--lang`.
    nonisolated(unsafe) static var language: Language?

    static func output(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    static func output(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    /// A message on standard error. Its parts may quote file names and contents: control
    /// characters and bidi controls are made visible, and no line can be read as a CI command.
    static func error(_ line: String) {
        let visible = line.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { visibleControls(String(String.UnicodeScalarView($0))) }.joined(separator: "\n")
        var text = neutralizingWorkflowCommands(visible) + "\n"
        // Nothing to say if standard error itself fails: the exit code still tells.
        text.withUTF8 { _ = writeAll(STDERR_FILENO, $0) }
    }

    private static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let code = writeAll(STDOUT_FILENO, bytes) else { return }
        let language = language ?? LanguageChoice.resolve(nil)
        let reason = systemReason(code, language)
        error(language == .fr
            ? "conforme : impossible d'écrire sur la sortie standard (\(reason)) ; le rapport est incomplet."
            : "conforme: cannot write to standard output (\(reason)); the report is incomplete.")
        Foundation.exit(2)
    }

    /// A failed system call's reason in the run's language, for the common ones.
    static func systemReason(_ code: Int32, _ language: Language) -> String {
        let (fr, en): (String?, String) = switch code {
        case ENOSPC: ("plus de place sur le disque", "no space left on device")
        case EPIPE: ("le programme qui lisait la sortie s'est arrêté", "the program reading the output has stopped")
        case EBADF: ("sortie fermée", "output closed")
        case ENOENT: ("dossier absent", "no such folder")
        case EACCES, EPERM: ("droits insuffisants", "permission denied")
        case EROFS: ("système de fichiers en lecture seule", "read-only file system")
        case EISDIR: ("c'est un dossier", "it is a folder")
        default: (nil, String(cString: strerror(code)))
        }
        return language == .fr ? fr ?? "erreur système : \(en)" : en
    }

    /// Writes every byte; the errno of the first failure, nil when all were written.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            next += written
            left -= written
        }
        return nil
    }

    /// A closed pipe is an error to report (EPIPE), not a signal that kills the process
    /// silently: the exit code must say the report did not arrive.
    static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
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
