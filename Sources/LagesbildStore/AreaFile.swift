import Foundation
import Yams

/// `omrade.yaml`: a police area's folders in one file, for `--data OMRADE` instead of a
/// `--data` per municipality:
///
///     folders:
///       - ../vaggeryd
///       - ../gnosjo
public enum AreaFile {
    public static let name = "omrade.yaml"

    /// The listed folders, relative to the area file's folder; nil when there is no area file.
    public static func folders(in folder: String) -> [String]? {
        guard let text = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8),
              let root = try? Yams.load(yaml: text) as? [String: Any], let list = root["folders"] as? [Any] else { return nil }
        let paths = list.compactMap { $0 as? String }.map { $0.hasPrefix("/") ? $0 : "\(folder)/\($0)" }
        return paths.isEmpty ? nil : paths
    }
}
