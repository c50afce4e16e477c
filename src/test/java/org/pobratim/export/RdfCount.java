package org.pobratim.export;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;

/**
 * For scripts/evaluate-world-import.sh: Apache Jena RIOT reads a Turtle or JSON-LD export and counts its triples,
 * its cities (schema:City) and its ties (pob:Tie), so that a release's linked data is read back by a real reader
 * with the atlas's counts. Usage: RdfCount FILE turtle|jsonld [FILE turtle|jsonld ...]; with two files, says whether
 * their graphs are isomorphic.
 */
public final class RdfCount {
    private RdfCount() {
    }

    public static void main(String[] args) {
        Model first = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            Lang lang = args[i + 1].equals("jsonld") ? Lang.JSONLD : Lang.TURTLE;
            Model model = RDFDataMgr.loadModel(args[i], lang);
            long cities = model.listSubjectsWithProperty(RDF.type, model.createResource("https://schema.org/City"))
                    .toList().size();
            long ties = model.listSubjectsWithProperty(RDF.type, model.createResource("urn:pobratim:vocab:Tie"))
                    .toList().size();
            System.out.println(args[i] + ": " + model.size() + " triples, " + cities + " cities, " + ties + " ties");
            if (first == null) {
                first = model;
            } else {
                System.out.println("isomorphic: " + first.isIsomorphicWith(model));
            }
        }
    }
}
