import Foundation
import LagesbildCore
import LagesbildGeo

/// The municipality's boundary: a GeoJSON file in the data folder that the plan names
/// (`boundary: vaggeryd.geojson`). GeoJSON is WGS 84 longitude/latitude by its
/// specification (RFC 7946); every vertex is converted to SWEREF 99 TM on reading.
public enum OutlineFile {
    /// The outline, or the first problem with the path of the member it is about.
    public static func read(folder: String, name: String, municipality: String,
                            converter: CoordinateConverter) -> Result<Outline, OutlineProblem> {
        // Read as the plans and journals are, so the reason is the system's own words.
        do {
            let (bytes, _) = try PosixIO.readFile("\(folder)/\(name)")
            return parse(Data(bytes), municipality: municipality, converter: converter)
        } catch let StoreError.io(_, _, code) {
            return .failure(.unreadable(String(cString: strerror(code))))
        } catch {
            return .failure(.unreadable(String(describing: error)))
        }
    }

    public static func parse(_ data: Data, municipality: String, converter: CoordinateConverter) -> Result<Outline, OutlineProblem> {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            return .failure(syntaxProblem(error, data))
        }
        do {
            var polygons: [[[GridPoint]]] = []
            try collect(json, path: "", into: &polygons, converter)
            guard !polygons.isEmpty else { return .failure(.noGeometry) }
            return .success(Outline(name: municipality, polygons: polygons))
        } catch let problem as OutlineProblem {
            return .failure(problem)
        } catch {
            return .failure(.syntax(line: nil, String(describing: error)))
        }
    }

    /// Walks FeatureCollection → Feature → geometry; a bare geometry works too.
    private static func collect(_ node: Any, path: String, into polygons: inout [[[GridPoint]]],
                                _ converter: CoordinateConverter) throws {
        guard let object = node as? [String: Any] else { throw OutlineProblem.noGeometry }
        let type = object["type"] as? String ?? ""
        let here = path.isEmpty ? "" : path + "."
        switch type {
        case "FeatureCollection":
            let features = object["features"] as? [Any] ?? []
            for (k, f) in features.enumerated() { try collect(f, path: "\(here)features[\(k)]", into: &polygons, converter) }
        case "Feature":
            guard let geometry = object["geometry"], !(geometry is NSNull) else { return }
            try collect(geometry, path: "\(here)geometry", into: &polygons, converter)
        case "Polygon":
            polygons.append(try polygon(object["coordinates"], path: "\(here)coordinates", converter))
        case "MultiPolygon":
            guard let list = object["coordinates"] as? [Any] else { throw OutlineProblem.badCoordinate("\(here)coordinates") }
            for (k, p) in list.enumerated() { polygons.append(try polygon(p, path: "\(here)coordinates[\(k)]", converter)) }
        default:
            throw OutlineProblem.notPolygon(type.isEmpty ? "?" : type)
        }
    }

    private static func polygon(_ node: Any?, path: String, _ converter: CoordinateConverter) throws -> [[GridPoint]] {
        guard let rings = node as? [Any], !rings.isEmpty else { throw OutlineProblem.badRing(path) }
        return try rings.enumerated().map { k, ring in
            let at = "\(path)[\(k)]"
            guard let points = ring as? [Any], points.count >= 4 else { throw OutlineProblem.badRing(at) }
            var out: [GridPoint] = []
            var first: [Double]?, last: [Double]?
            for (j, p) in points.enumerated() {
                let where_ = "\(at)[\(j)]"
                guard let pair = p as? [Any], pair.count >= 2,
                      let lon = (pair[0] as? NSNumber)?.doubleValue, let lat = (pair[1] as? NSNumber)?.doubleValue,
                      !(pair[0] is Bool), lon.isFinite, lat.isFinite else { throw OutlineProblem.badCoordinate(where_) }
                let geo = GeoPoint(latitude: lat, longitude: lon)
                guard geo.isInSweden else { throw OutlineProblem.outsideSweden(where_) }
                if first == nil { first = [lon, lat] }
                last = [lon, lat]
                out.append(try converter.grid(geo))
            }
            guard first == last else { throw OutlineProblem.badRing(at) }
            out.removeLast()
            return out
        }
    }

    /// The parser's message, with the line of the character it names.
    private static func syntaxProblem(_ error: Error, _ data: Data) -> OutlineProblem {
        let ns = error as NSError
        let detail = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
        // Foundation says "… around character 15."; the line is what a person looks for.
        if let range = detail.range(of: #"character \d+"#, options: .regularExpression),
           let offset = Int(detail[range].dropFirst("character ".count)), offset <= data.count {
            return .syntax(line: data.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count + 1, detail)
        }
        // "Unexpected end of file": the file stops short, so its last line is where to look.
        if detail.lowercased().contains("end of file") {
            let newlines = data.filter { $0 == UInt8(ascii: "\n") }.count
            return .syntax(line: max(1, data.last == UInt8(ascii: "\n") ? newlines : newlines + 1), detail)
        }
        return .syntax(line: nil, detail)
    }
}
