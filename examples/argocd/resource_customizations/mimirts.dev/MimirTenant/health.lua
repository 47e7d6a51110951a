-- Argo CD health check for mimirts.dev/MimirTenant: Ready (accepted) and Applied (served by the
-- running pods) conditions.
local hs = {}
if obj.status == nil or obj.status.observedGeneration == nil or obj.metadata.generation == nil or obj.status.observedGeneration < obj.metadata.generation then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to apply the tenant's limits"
  return hs
end
local ready, applied
if obj.status.conditions ~= nil then
  for _, c in ipairs(obj.status.conditions) do
    if c.type == "Ready" then ready = c end
    if c.type == "Applied" then applied = c end
  end
end
if ready ~= nil and ready.status == "False" then
  hs.status = "Degraded"
  hs.message = ready.message or ready.reason or "Not applied"
  return hs
end
if ready ~= nil and ready.status == "True" then
  -- Accepted and written to runtime.yaml; Healthy once the running pods serve the limits.
  if applied ~= nil and applied.status ~= "True" then
    hs.status = "Progressing"
    hs.message = applied.message or applied.reason or "Waiting for the pods to serve the limits"
    return hs
  end
  hs.status = "Healthy"
  hs.message = ready.message or "Applied"
  return hs
end
hs.status = "Progressing"
hs.message = "Waiting for the Ready condition"
return hs
