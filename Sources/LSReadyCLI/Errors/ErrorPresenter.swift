import Foundation
import LSReadyCore

/// How an input error reaches the user (docs/errors.md): always one line,
/// `lsready: values.yaml:14:3: error: message (hint)`, the form compilers
/// print and editors and CI annotators parse. On a terminal (standard error
/// is a TTY and `NO_COLOR` is unset) the offending line follows with a caret,
/// but only as far as the offending token and with every value on it masked
/// (`SafeExcerpt`): a line of a values file can hold a password, and a
/// terminal's scrollback ends up in screenshots and pasted issues.
struct ErrorPresenter {
    var context: CommandContext

    /// The excerpt is for people at a terminal; CI logs and pipes get the one line.
    var showsExcerpt: Bool {
        guard context.environment["NO_COLOR"] == nil else { return false }
        return (context.standardError as? any TerminalAwareOutput)?.isTerminal ?? false
    }

    func text(for error: InputError) -> String {
        var text = "lsready: \(error.description)\n"
        if showsExcerpt, let excerpt = excerpt(for: error.location) {
            text += excerpt
        }
        return text
    }

    /// Files over this size are not read again for an excerpt.
    static let maxExcerptFileBytes = 64 << 20

    private func excerpt(for location: SourceLocation) -> String? {
        guard location.hasPosition, location.column > 0, location.file != GatheredInputs.standardInputPath else { return nil }
        let url = context.url(for: location.file)
        // Regular files only: a pipe (`lsready values <(helm get values x)`) is
        // drained already, and reading it again could block.
        var status = stat()
        guard stat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              Int(status.st_size) <= Self.maxExcerptFileBytes,
              let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return SafeExcerpt.render(source: [UInt8](data), line: location.line, column: location.column)
    }
}

/// An output that knows whether it is a terminal.
public protocol TerminalAwareOutput: TextOutput {
    var isTerminal: Bool { get }
}

extension FileHandleOutput: TerminalAwareOutput {
    public var isTerminal: Bool { isatty(handle.fileDescriptor) == 1 }
}
