/// The API's OpenAPI document, `docs/api/openapi.yaml`, compiled in by SwiftPM (see the
/// ConformeWeb target in Package.swift).
enum OpenAPIDocument {
    static let text = String(decoding: PackageResources.openapi_yaml, as: UTF8.self)
}
