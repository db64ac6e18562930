package dev.custodian.audit;

/**
 * An actor as people recognise them: the id the trail stores and a name to show.
 */
public record ActorName(String id, String name) {
}
