import Glibc
import LagesbildCore

/// A failure of the file store. Carries the failing system call, the path and `errno`
/// so the caller can show the cause; the store itself never prints anything.
public enum StoreError: Error, Sendable, Equatable {
    /// A system call failed: the operation (`open`, `fsync`, …), the path, and `errno`.
    case io(operation: String, path: String, errno: Int32)
    /// `lagesbild init` found a plan file already there and refuses to overwrite it.
    case planExists(path: String)
    /// An event could not be turned into a journal line.
    case encoding(String)
    /// `init --shared GROUP` names a group the system does not know.
    case unknownGroup(String)

    /// The system's description of the error number, for logs and the CLI.
    public var systemMessage: String? {
        guard case .io(_, _, let code) = self else { return nil }
        return String(cString: strerror(code))
    }
}

extension StoreError: WriteFailureDescribing {
    /// The failure in the user's terms: a full disk (or a file over its size limit), a
    /// read-only folder, a folder that has gone; anything else keeps the system's words.
    public var writeFailure: WriteFailure? {
        switch self {
        case .io(let operation, let path, let code):
            switch code {
            case ENOSPC, EFBIG, EDQUOT: return .diskFull(path: path)
            case EROFS, EACCES, EPERM: return .readOnly(path: path)
            case ENOENT: return .folderMissing(path: path)
            default: return .other(operation: operation, path: path, detail: String(cString: strerror(code)))
            }
        case .planExists, .encoding, .unknownGroup:
            return nil
        }
    }
}
