import Foundation
import LagesbildCore
import LagesbildStore

// One input is one journal line, or several: it is cut at newlines as the reader cuts a
// file, and every piece goes through the whole reader (simdjson's tokens, the fields read
// in place, the records). Nothing may crash; a line either decodes or names its problem,
// and an event that decodes must write a line that reads back and writes again to the
// same bytes (the first write may round a position to the decimetre; no later one changes it).
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
        guard case .event(let event) = JournalLine.decode(line) else { continue }
        guard let written = try? JournalLine.encode(event),
              case .event(let back) = JournalLine.decode(written.dropLast()),
              let again = try? JournalLine.encode(back), again == written else {
            fatalError("an event that decoded did not write and read back the same: \(String(decoding: line, as: UTF8.self))")
        }
    }
    return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { fuzzOne($0, $1) })
#else
// Without the fuzzer: each file named (a corpus, or a crash libFuzzer saved) is run once.
var count = 0
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("lagesbild-fuzz: cannot read \(path)\n".utf8))
        exit(66)
    }
    _ = data.withUnsafeBytes { fuzzOne($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
    count += 1
}
print("\(count) inputs read, none crashed")
#endif
