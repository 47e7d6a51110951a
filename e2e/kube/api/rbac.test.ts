import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ADMIN,
  authorize,
  forbiddenMessage,
  identify,
  serviceAccountPrefix,
  serviceAccountUser,
} from "./rbac.ts";
import { Store } from "./store.ts";

function setup(): Store {
  const s = new Store();
  const t = (p: string) => s.type("rbac.authorization.k8s.io", "v1", p)!;
  for (const n of ["a", "b"])
    s.create(s.type("", "v1", "namespaces")!, undefined, { metadata: { name: n } });
  s.create(t("clusterroles"), undefined, {
    metadata: { name: "operator" },
    rules: [
      { apiGroups: ["apps"], resources: ["statefulsets", "statefulsets/status"], verbs: ["*"] },
      { apiGroups: [""], resources: ["configmaps"], verbs: ["get"], resourceNames: ["only-this"] },
    ],
  });
  s.create(t("clusterrolebindings"), undefined, {
    metadata: { name: "operator" },
    subjects: [{ kind: "ServiceAccount", name: "op", namespace: "a" }],
    roleRef: { kind: "ClusterRole", name: "operator" },
  });
  s.create(t("roles"), "b", {
    metadata: { name: "pods" },
    rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["list"] }],
  });
  s.create(t("rolebindings"), "b", {
    metadata: { name: "pods" },
    subjects: [{ kind: "Group", name: "system:serviceaccounts:a" }],
    roleRef: { kind: "Role", name: "pods" },
  });
  return s;
}

describe("RBAC", () => {
  const op = serviceAccountUser("a", "op");
  it("allows what a ClusterRoleBinding grants, everywhere", () => {
    const s = setup();
    assert.equal(
      authorize(s, op, {
        verb: "patch",
        group: "apps",
        resource: "statefulsets",
        namespace: "b",
        name: "x",
      }).allowed,
      true,
    );
    assert.equal(
      authorize(s, op, {
        verb: "update",
        group: "apps",
        resource: "statefulsets",
        subresource: "status",
        namespace: "a",
      }).allowed,
      true,
    );
    assert.equal(
      authorize(s, op, { verb: "create", group: "apps", resource: "deployments", namespace: "a" })
        .allowed,
      false,
    );
  });

  it("honours resourceNames, RoleBindings' namespaces and group subjects", () => {
    const s = setup();
    assert.equal(
      authorize(s, op, {
        verb: "get",
        group: "",
        resource: "configmaps",
        namespace: "a",
        name: "only-this",
      }).allowed,
      true,
    );
    assert.equal(
      authorize(s, op, {
        verb: "get",
        group: "",
        resource: "configmaps",
        namespace: "a",
        name: "other",
      }).allowed,
      false,
    );
    assert.equal(
      authorize(s, op, { verb: "list", group: "", resource: "configmaps", namespace: "a" }).allowed,
      false,
    );
    assert.equal(
      authorize(s, op, { verb: "list", group: "", resource: "pods", namespace: "b" }).allowed,
      true,
    );
    assert.equal(
      authorize(s, op, { verb: "list", group: "", resource: "pods", namespace: "a" }).allowed,
      false,
    );
    assert.equal(
      authorize(s, ADMIN, { verb: "delete", group: "", resource: "nodes" }).allowed,
      true,
    );
  });

  it("identifies pods by path prefix, tokens and impersonation, and words denials as Kubernetes does", () => {
    assert.deepEqual(serviceAccountPrefix("/mk8s-sa/a/op/api/v1/pods")?.rest, "/api/v1/pods");
    assert.equal(
      serviceAccountPrefix("/mk8s-sa/a/op/api/v1/pods")?.user.name,
      "system:serviceaccount:a:op",
    );
    assert.equal(
      identify({ authorization: "Bearer mk8s-sa.a.op" }).name,
      "system:serviceaccount:a:op",
    );
    assert.equal(identify({ "impersonate-user": "jane" }).name, "jane");
    assert.equal(identify({}).name, ADMIN.name);
    assert.equal(
      forbiddenMessage(op, { verb: "list", group: "", resource: "nodes" }),
      'nodes is forbidden: User "system:serviceaccount:a:op" cannot list resource "nodes" in API group "" at the cluster scope',
    );
    assert.equal(
      forbiddenMessage(op, {
        verb: "update",
        group: "apps",
        resource: "statefulsets",
        subresource: "status",
        namespace: "a",
        name: "x",
      }),
      'statefulsets.apps "x" is forbidden: User "system:serviceaccount:a:op" cannot update resource "statefulsets/status" in API group "apps" in the namespace "a"',
    );
  });
});
