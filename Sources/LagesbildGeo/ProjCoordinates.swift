import CProj
import Foundation
import LagesbildCore

/// WGS 84 ⇄ SWEREF 99 TM through PROJ. One PROJ context per instance, used under a lock:
/// a context is not safe to share between threads, and conversions are rare (a plan, an
/// outline, an import), so one lock costs nothing.
public final class ProjCoordinates: CoordinateConverter, @unchecked Sendable {
    private let lock = NSLock()
    private let context: OpaquePointer
    private let transform: OpaquePointer

    /// Fails when PROJ cannot build the transformation (its database missing, say).
    public init() throws {
        guard let ctx = proj_context_create() else { throw PositionProblem.conversion("proj_context_create") }
        proj_log_level(ctx, PJ_LOG_NONE)
        guard let raw = proj_create_crs_to_crs(ctx, "EPSG:4326", "EPSG:3006", nil) else {
            let message = String(cString: proj_context_errno_string(ctx, proj_context_errno(ctx)))
            proj_context_destroy(ctx)
            throw PositionProblem.conversion(message)
        }
        // EPSG:4326 is latitude first and EPSG:3006 northing first; normalising makes both
        // longitude/easting first, so the two helpers below cannot mix the axes up.
        guard let normal = proj_normalize_for_visualization(ctx, raw) else {
            proj_destroy(raw)
            proj_context_destroy(ctx)
            throw PositionProblem.conversion("proj_normalize_for_visualization")
        }
        proj_destroy(raw)
        context = ctx
        transform = normal
    }

    deinit {
        proj_destroy(transform)
        proj_context_destroy(context)
    }

    public func grid(_ point: GeoPoint) throws -> GridPoint {
        let out = try run(PJ_FWD, cp_coord(point.longitude, point.latitude))
        return GridPoint(n: cp_second(out), e: cp_first(out))
    }

    public func geographic(_ point: GridPoint) throws -> GeoPoint {
        let out = try run(PJ_INV, cp_coord(point.e, point.n))
        return GeoPoint(latitude: cp_second(out), longitude: cp_first(out))
    }

    private func run(_ direction: PJ_DIRECTION, _ input: PJ_COORD) throws -> PJ_COORD {
        lock.lock()
        defer { lock.unlock() }
        proj_errno_reset(transform)
        let out = proj_trans(transform, direction, input)
        let code = proj_errno(transform)
        guard code == 0, cp_first(out).isFinite, cp_second(out).isFinite else {
            throw PositionProblem.conversion(String(cString: proj_context_errno_string(context, code)))
        }
        return out
    }
}

extension ProjCoordinates {
    /// One converter for the process, made on first use; the failure (PROJ's database
    /// missing) is kept, so every position read reports it instead of crashing.
    public static let shared: Result<ProjCoordinates, PositionProblem> = {
        do { return .success(try ProjCoordinates()) } catch let p as PositionProblem { return .failure(p) } catch {
            return .failure(.conversion(String(describing: error)))
        }
    }()

    /// Reads a position as given and checks it (Sweden, the outline).
    public static func resolve(_ input: PositionInput, outline: Outline?) throws -> GridPoint {
        try input.resolve(shared.get(), outline: outline)
    }
}
