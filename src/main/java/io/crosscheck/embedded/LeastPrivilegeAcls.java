package io.crosscheck.embedded;

import io.crosscheck.config.Topics;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.List;

/**
 * The ACLs a Crosscheck instance needs and nothing more, for a principal on an authorizing cluster:
 * read and describe its input topic; write and describe its output topics; everything on topics under
 * its application.id prefix (Kafka Streams creates and owns the repartition and changelog topics);
 * read on consumer groups under that prefix; write and describe on transactional ids under it
 * (exactly-once); IdempotentWrite on the cluster. Used by {@code demo --secure} and the security test,
 * and the list operators grant in production.
 */
public final class LeastPrivilegeAcls {

    private LeastPrivilegeAcls() {
    }

    public static List<AclBinding> forApplication(String principal, String applicationId, Topics topics) {
        List<AclBinding> acls = new ArrayList<>();
        acls.add(allow(ResourceType.TOPIC, topics.statements(), PatternType.LITERAL, principal, AclOperation.READ));
        acls.add(allow(ResourceType.TOPIC, topics.statements(), PatternType.LITERAL, principal, AclOperation.DESCRIBE));
        List<String> outputs = new ArrayList<>(List.of(topics.alerts(), topics.deadLetters()));
        if (topics.jsonMirrorEnabled()) {
            outputs.add(topics.alertsJson());
        }
        for (String output : outputs) {
            acls.add(allow(ResourceType.TOPIC, output, PatternType.LITERAL, principal, AclOperation.WRITE));
            acls.add(allow(ResourceType.TOPIC, output, PatternType.LITERAL, principal, AclOperation.DESCRIBE));
        }
        acls.add(allow(ResourceType.TOPIC, applicationId + "-", PatternType.PREFIXED, principal, AclOperation.ALL));
        acls.add(allow(ResourceType.GROUP, applicationId, PatternType.PREFIXED, principal, AclOperation.READ));
        acls.add(allow(ResourceType.TRANSACTIONAL_ID, applicationId + "-", PatternType.PREFIXED, principal, AclOperation.WRITE));
        acls.add(allow(ResourceType.TRANSACTIONAL_ID, applicationId + "-", PatternType.PREFIXED, principal, AclOperation.DESCRIBE));
        acls.add(allow(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, principal, AclOperation.IDEMPOTENT_WRITE));
        return acls;
    }

    private static AclBinding allow(ResourceType type, String name, PatternType pattern, String principal, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }
}
