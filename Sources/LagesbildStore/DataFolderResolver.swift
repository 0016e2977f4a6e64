/// Decides which data folder to use. Pure: the caller passes the flag and the environment.
public enum DataFolderResolver {
    /// `--data`, else `$LAGESBILD_DATA`, else `$XDG_DATA_HOME/lagesbild`, else
    /// `~/.local/share/lagesbild`. Empty values count as unset; a relative `XDG_DATA_HOME`
    /// is ignored, as the XDG specification requires. A leading `~` is expanded because
    /// `--data=~/x` reaches the program unexpanded by the shell.
    public static func resolve(flag: String?, environment: [String: String]) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        func expand(_ path: String) -> String {
            guard let home else { return path }
            if path == "~" { return home }
            if path.hasPrefix("~/") { return home + path.dropFirst(1) }
            return path
        }
        if let flag, !flag.isEmpty { return expand(flag) }
        if let value = environment["LAGESBILD_DATA"], !value.isEmpty { return expand(value) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return trimmed(xdg) + "/lagesbild" }
        return trimmed(home ?? ".") + "/.local/share/lagesbild"
    }

    private static func trimmed(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p == "/" ? "" : p
    }
}
