import Foundation
import Testing
import LagesbildCore
import LagesbildGeo
@testable import LagesbildStore

/// The boundary file, positions in the plan and in partner files, all through PROJ.
@Suite struct GeoFilesTests {
    static let proj = try! ProjCoordinates()
    /// A square around Vaggeryd (WGS 84) with a hole; the hole's south-west corner is
    /// 57.49 N 14.14 E, so Torget (57.498, 14.147) lies in the hole.
    static let squareWithHole = """
        {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
          "geometry": {"type": "Polygon", "coordinates": [
            [[13.9, 57.3], [14.5, 57.3], [14.5, 57.7], [13.9, 57.7], [13.9, 57.3]],
            [[14.14, 57.49], [14.16, 57.49], [14.16, 57.51], [14.14, 57.51], [14.14, 57.49]]
          ]}}]}
        """

    @Test func aPolygonWithAHoleIsReadInSweref() throws {
        let outline = try OutlineFile.parse(Data(Self.squareWithHole.utf8), municipality: "Vaggeryd", converter: Self.proj).get()
        #expect(outline.polygons.count == 1 && outline.polygons[0].count == 2)
        #expect(outline.polygons[0][0].count == 4)  // the closing point is not repeated
        let skillingaryd = try Self.proj.grid(GeoPoint(latitude: 57.433, longitude: 14.091))
        let torget = try Self.proj.grid(GeoPoint(latitude: 57.498, longitude: 14.147))
        #expect(outline.contains(skillingaryd))
        #expect(!outline.contains(torget))
    }

    @Test func theSamplesOutlineHoldsItsLocalities() throws {
        let outline = try OutlineFile.parse(Data(SampleGenerator.outlineGeoJSON.utf8), municipality: "Vaggeryd", converter: Self.proj).get()
        for (name, centre) in [("Vaggeryd", (57.498, 14.147)), ("Skillingaryd", (57.433, 14.091)), ("Hok", (57.513, 14.281))] {
            #expect(outline.contains(try Self.proj.grid(GeoPoint(latitude: centre.0, longitude: centre.1))), "\(name)")
        }
        #expect(!outline.contains(try Self.proj.grid(GeoPoint(latitude: 57.78, longitude: 14.16))))  // Jönköping
    }

    @Test func malformedFilesSayWhatIsWrongAndWhere() {
        func problem(_ text: String) -> OutlineProblem? {
            if case .failure(let p) = OutlineFile.parse(Data(text.utf8), municipality: "V", converter: Self.proj) { return p }
            return nil
        }
        // Character 26 is the second comma, on line 3.
        guard case .syntax(let line, _)? = problem("{\n \"type\": \"Polygon\",\n ,\n}") else { Issue.record("no syntax error"); return }
        #expect(line == 3)
        #expect(problem(#"{"type": "Point", "coordinates": [14.1, 57.5]}"#) == .notPolygon("Point"))
        #expect(problem(#"{"type": "Polygon", "coordinates": [[[14.1, 57.5], [14.2, 57.5], [14.2, 57.6], [14.1, 57.6]]]}"#)
                == .badRing("coordinates[0]"))
        #expect(problem(#"{"type": "Polygon", "coordinates": [[[14.1, 57.5], [14.2, "x"], [14.2, 57.6], [14.1, 57.5]]]}"#)
                == .badCoordinate("coordinates[0][1]"))
        // Latitude first: 57° E, 14° N is in India.
        #expect(problem(#"{"type": "Polygon", "coordinates": [[[57.5, 14.1], [57.5, 14.2], [57.6, 14.2], [57.5, 14.1]]]}"#)
                == .outsideSweden("coordinates[0][0]"))
        #expect(problem(#"{"type": "FeatureCollection", "features": []}"#) == .noGeometry)
    }

    static let plan = """
        municipality: Vaggeryd
        year: 2023
        boundary: grans.geojson
        focus_areas:
          - {id: trygghet, name: Trygghet}
        promises: []
        hot_spots:
          - id: skillingaryd
            name: Skillingaryds centrum
            lat: 57,433
            lon: 14.091
            radius: 200
          - id: torget
            name: Torget
            lat: 57.498
            lon: 14.147
          - id: grid
            name: Med SWEREF
            n: 6365952
            e: 445424
          - id: half
            name: Halv position
            n: 6365952
        """

    @Test func planPositionsAreConvertedAndCheckedAgainstTheBoundary() throws {
        let folder = TempFolder()
        folder.write("grans.geojson", Self.squareWithHole)
        let (plan, diagnostics) = PlanYAMLReader.read(Self.plan, file: "plans/2023.yaml", folder: folder.path)
        let spots = Dictionary(uniqueKeysWithValues: (plan?.hotSpots ?? []).map { ($0.id, $0) })
        let expected = try Self.proj.grid(GeoPoint(latitude: 57.433, longitude: 14.091))
        #expect((spots["skillingaryd"]?.position).map { $0.distance(to: expected) < 0.1 } == true)
        #expect(spots["skillingaryd"]?.radius == 200)
        #expect(spots["grid"]?.position == GridPoint(n: 6_365_952, e: 445_424) && spots["grid"]?.radius == 150)
        // Torget lies in the hole: an error at its `lat:` line (15), and no position.
        #expect(spots["torget"]?.position == nil)
        #expect(diagnostics.contains { $0.location == "plans/2023.yaml:15" && $0.problem == .plan(.field(.position(.outsideOutline(municipality: "Vaggeryd")))) })
        #expect(diagnostics.contains { $0.location == "plans/2023.yaml:23" && $0.problem == .plan(.field(.position(.incomplete))) })
        #expect(plan?.outline?.polygons.count == 1)
    }

    @Test func aBadBoundaryIsNamedWithTheLineThatNamesIt() {
        let folder = TempFolder()
        folder.write("grans.geojson", #"{"type": "Point", "coordinates": [14.1, 57.5]}"#)
        let (plan, diagnostics) = PlanYAMLReader.read(Self.plan, file: "plans/2023.yaml", folder: folder.path)
        #expect(plan?.outline == nil)
        #expect(diagnostics.contains { $0.location == "plans/2023.yaml:3" && $0.problem == .outline(file: "grans.geojson", .notPolygon("Point")) })
        folder.write("grans.geojson", "{\n  \"type\": \"Polygon\",\n  \"coordinates\": [[[14.1, 57.5]\n")
        let broken = PlanYAMLReader.read(Self.plan, file: "plans/2023.yaml", folder: folder.path).diagnostics
        #expect(broken.contains { $0.file == "grans.geojson" && $0.line != nil })
    }

    @Test func aPartnerFileWithSwerefColumnsCountsAtThePlaces() throws {
        var plan = VaggerydPlan.make()
        let torget = try Self.proj.grid(GeoPoint(latitude: 57.498, longitude: 14.147))
        let hok = try Self.proj.grid(GeoPoint(latitude: 57.513, longitude: 14.281))
        for k in plan.hotSpots.indices {
            if plan.hotSpots[k].id == "vgd-torget" { plan.hotSpots[k].position = torget }
            if plan.hotSpots[k].id == "hok-centrum" { plan.hotSpots[k].position = hok }
        }
        // 80 m north of Torget, 120 m west of Hoks centrum (decimal commas as Excel writes
        // them), and 2 km from both: a place of its own.
        let csv = """
            Datum;Kategori;Källa;N;E
            2023-11-20;klotter;kommun;\(Int(torget.n) + 80);\(Int(torget.e))
            2023-11-20;klotter;kommun;\(Int(hok.n)),5;\(Int(hok.e) - 120),25
            2023-11-19;ordningsstörning;polis;\(Int(torget.n) - 2000);\(Int(torget.e))

            """
        let map = try IncidentColumnMap.parse("date=Datum,category=Kategori,source=Källa,n=N,e=E").get()
        let read = PartnerIncidentImport.read(Array(csv.utf8), map: map, plan: plan, ledger: Ledger(), today: Day(iso: "2023-11-21")!)
        #expect(read.badRows.isEmpty)
        let incidents = read.newRecords.compactMap { r -> Incident? in if case .incident(let i) = r { return i } else { return nil } }
        #expect(incidents.map(\.hotSpot) == ["vgd-torget", "hok-centrum", nil])
        #expect(incidents[1].position == GridPoint(n: Double(Int(hok.n)) + 0.5, e: Double(Int(hok.e) - 120) + 0.3))
    }

    @Test func aPositionOutsideTheBoundaryIsARowError() throws {
        var plan = VaggerydPlan.make()
        plan.outline = try OutlineFile.parse(Data(Self.squareWithHole.utf8), municipality: "Vaggeryd", converter: Self.proj).get()
        let csv = "Datum;Kategori;Källa;Lat;Lon\n2023-11-20;klotter;kommun;57.70;15.50\n2023-11-20;klotter;kommun;57.43;14.09\n"
        let map = try IncidentColumnMap.parse("date=Datum,category=Kategori,source=Källa,lat=Lat,lon=Lon").get()
        let read = PartnerIncidentImport.read(Array(csv.utf8), map: map, plan: plan, ledger: Ledger(), today: Day(iso: "2023-11-21")!)
        #expect(read.badRows.map(\.line) == [2])
        #expect(read.badRows.first?.problems == [.field(.position(.outsideOutline(municipality: "Vaggeryd")))])
        #expect(read.newRecords.count == 1)
    }
}
