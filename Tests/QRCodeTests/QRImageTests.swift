import Testing
import QRCode

@Suite struct QRImageTests {
    @Test func pgmHeaderSizeAndPixels() throws {
        let matrix = try QREncoder.encodeAlphanumeric("KP:TEST")  // 21 modules
        let image = QRImage.pgm(matrix, scale: 2, quietZone: 4)
        let header = Array("P5\n58 58\n255\n".utf8)
        #expect(Array(image.prefix(header.count)) == header)
        #expect(image.count == header.count + 58 * 58)
        let pixels = Array(image.dropFirst(header.count))
        #expect(pixels.allSatisfy { $0 == 0 || $0 == 255 })
        #expect(pixels[0] == 255)  // quiet zone
        #expect(pixels[8 * 58 + 8] == 0)  // top-left finder corner, module (0, 0)
        #expect(pixels[8 * 58 + 7] == 255)  // just left of it, quiet zone
    }

    @Test func tinyMatrixAtScaleOneWithoutQuietZone() {
        let image = QRImage.pgm(TinyMatrix.matrix, scale: 1, quietZone: 0)
        #expect(image == Array("P5\n3 3\n255\n".utf8) + [0, 255, 0, 255, 0, 0, 0, 255, 255])
    }
}
