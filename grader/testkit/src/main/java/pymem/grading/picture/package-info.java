/**
 * Heap pictures: when a test fails, the student sees the model's state as a diagram.
 *
 * <pre>
 *   ModelWatch (model's neutral hook) -> HeapRecorder      heaps and namespaces made by the running test
 *   HeapRecorder + Expectations       -> SnapshotCapture   -> HeapSnapshot (pure data: boxes, slots, arrows)
 *   HeapSnapshot                      -> SnapshotText       the bounded text form a test JVM sends its grader
 *   HeapSnapshot                      -> HeapLayout (ELK)  -> HeapSvg (escaped, bounded inline SVG)
 * </pre>
 * {@link pymem.grading.picture.HeapPictureExtension} ties them to JUnit (found by auto-detection): nothing is
 * captured or drawn for a test that passes. Under Maven the picture is written beside the Surefire reports;
 * under the grader the snapshot travels as a JUnit report entry and the grader draws it.
 */
package pymem.grading.picture;
