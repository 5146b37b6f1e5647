package com.scorecardstudio.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates every XML part of an Office Open XML package (a workbook, a deck, a document) against the
 * ECMA-376 schemas, as a strict reader would read it:
 * <ul>
 *   <li>the document parts (SpreadsheetML, PresentationML, DrawingML, charts, relationships, app.xml …)
 *       with XMLBeans and POI's complete schema type system ({@code poi-ooxml-full}), which is compiled
 *       from the ECMA-376 transitional schemas;</li>
 *   <li>the two package parts POI has no types for, {@code [Content_Types].xml} and
 *       {@code docProps/core.xml}, with the Part 2 (OPC) schemas in {@code src/test/resources/ooxml}.</li>
 * </ul>
 * A part whose root element no schema knows is a problem too, so nothing passes unchecked.
 *
 * <pre>{@code OoxmlValidation.assertValid(path);   // or problems(path) for the list}</pre>
 */
public final class OoxmlValidation {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final SchemaTypeLoader LOADER = XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem,
            XmlBeans.getBuiltinTypeSystem());
    private static final Map<String, Schema> OPC = Map.of(
            CONTENT_TYPES, schema("opc-contentTypes.xsd"),
            "core", schema("opc-coreProperties.xsd"));

    private OoxmlValidation() {
    }

    /** Fails with every problem found, part by part (at most 40 listed). */
    public static void assertValid(Path file) throws IOException {
        List<String> problems = problems(file);
        if (!problems.isEmpty()) {
            throw new AssertionError(file.getFileName() + " is not valid against ECMA-376 (" + problems.size() + " problems):\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(40, problems.size()))));
        }
    }

    /** Every schema violation in the package's XML parts, as {@code part: message}; empty when valid. */
    public static List<String> problems(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        int parts = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String name = e.getName();
                if (e.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml"))) {
                    continue;
                }
                if (name.endsWith(".vml")) {
                    continue; // legacy VML (comments' shapes) has no ECMA-376 strict schema: Office reads it leniently
                }
                parts++;
                try (InputStream in = zip.getInputStream(e)) {
                    if (name.equals(CONTENT_TYPES)) {
                        validateWith(OPC.get(CONTENT_TYPES), name, zip, e, problems);
                    } else {
                        validate(name, in, zip, e, problems);
                    }
                }
            }
        }
        if (parts == 0) {
            problems.add(file.getFileName() + ": no XML parts (not an OOXML package?)");
        }
        return problems;
    }

    private static void validate(String name, InputStream in, ZipFile zip, ZipEntry e, List<String> problems) throws IOException {
        XmlObject doc;
        try {
            doc = LOADER.parse(in, null, new XmlOptions().setLoadLineNumbers().setLoadUseXMLReader(reader()));
        } catch (XmlException | SAXException | javax.xml.parsers.ParserConfigurationException x) {
            problems.add(name + ": not well-formed: " + x.getMessage());
            return;
        }
        var root = doc.getDomNode().getFirstChild();
        while (root != null && root.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) {
            root = root.getNextSibling();
        }
        if (root != null && CORE_NS.equals(root.getNamespaceURI())) {
            validateWith(OPC.get("core"), name, zip, e, problems);
            return;
        }
        if (doc.schemaType() == XmlObject.type || doc.schemaType().isNoType()) {
            problems.add(name + ": no ECMA-376 schema knows its root element "
                    + (root == null ? "(none)" : "{" + root.getNamespaceURI() + "}" + root.getLocalName()));
            return;
        }
        List<XmlError> errors = new ArrayList<>();
        if (!doc.validate(new XmlOptions().setErrorListener(errors))) {
            for (XmlError err : errors) {
                problems.add(name + (err.getLine() > 0 ? ":" + err.getLine() : "") + ": " + err.getMessage());
            }
        }
    }

    /** A namespace-aware parser without the JDK's size limits (a 2,000-client sheet is one long line), no DTDs. */
    private static org.xml.sax.XMLReader reader() throws SAXException, javax.xml.parsers.ParserConfigurationException {
        javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.xml.sax.XMLReader r = f.newSAXParser().getXMLReader();
        r.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        r.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        return r;
    }

    private static void validateWith(Schema schema, String name, ZipFile zip, ZipEntry e, List<String> problems) throws IOException {
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException x) {
            }

            @Override
            public void error(SAXParseException x) {
                problems.add(name + ":" + x.getLineNumber() + ": " + x.getMessage());
            }

            @Override
            public void fatalError(SAXParseException x) {
                problems.add(name + ":" + x.getLineNumber() + ": " + x.getMessage());
            }
        });
        try (InputStream in = zip.getInputStream(e)) {
            v.validate(new StreamSource(in));
        } catch (SAXException x) {
            problems.add(name + ": " + x.getMessage());
        }
    }

    private static Schema schema(String resource) {
        URL url = OoxmlValidation.class.getResource("/ooxml/" + resource);
        if (url == null) {
            throw new IllegalStateException("missing test resource /ooxml/" + resource);
        }
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(url);
        } catch (SAXException x) {
            throw new IllegalStateException("cannot read the schema " + resource, x);
        }
    }
}
