#if canImport(Glibc)
import Glibc
#endif

/// How the C heap grows in this process. Building the inventory of a whole
/// cluster's dump allocates a few hundred MB in small pieces; by default
/// glibc extends its heap by little more than each allocation needs (and
/// gives the top back as soon as it is free), so the heap is extended and
/// faulted in thousands of small steps. Padding every extension by 64 MiB
/// (`M_TOP_PAD`: address space, not memory, until touched) took the 270 MB
/// benchmark dump from 0.565 to 0.525 s (median of six) and most of the
/// kernel time away. Only the executable does this (`LSReadyCommandLine.main`).
enum HeapTuning {
    static func growInLargeSteps() {
        #if canImport(Glibc)
        // mallopt is in glibc but not in Swift's Glibc module: looked up by name.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let topPad: Int32 = -2 // M_TOP_PAD in <malloc.h>
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(topPad, 64 << 20)
        #endif
    }
}
