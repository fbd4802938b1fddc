/**
 * A simulated address space for exercise 09 (pymalloc): the allocator's constants
 * ({@link pymem.model.memory.MemoryLayout}), the system allocator beneath it
 * ({@link pymem.model.memory.SystemAllocator}) and the error a bad free raises
 * ({@link pymem.model.memory.InvalidFreeError}). No real memory is touched: an address is a number.
 */
package pymem.model.memory;
