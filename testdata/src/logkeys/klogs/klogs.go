package klogs

import (
	"errors"
	"fmt"

	"k8s.io/klog/v2"
)

var errBoom = errors.New("boom")

type pod struct{ name, ns string }

func (p pod) GetName() string      { return p.name }
func (p pod) GetNamespace() string { return p.ns }

func Structured(p pod, n int) {
	klog.InfoS("synced", "pod", klog.KObj(p), "count", n)
	klog.V(2).InfoS("synced", "pod", klog.KObj(p))
	klog.ErrorS(errBoom, "sync failed", "pod", klog.KObj(p))
	klog.InfoSDepth(1, "synced", "pod", klog.KObj(p))
	klog.ErrorSDepth(1, errBoom, "sync failed", "pod", klog.KObj(p))
	logger := klog.LoggerWithValues(klog.Background(), "controller", "sync")
	logger.Info("synced", "count", n)

	klog.InfoS("synced", "podName", p.name)              // want `log key "podName" is not snake case; use "pod_name"`
	klog.V(4).InfoS("synced", "count")                   // want `key "count" has no value; klog logs it as a malformed pair`
	klog.ErrorS(errBoom, "sync failed", "err", errBoom)  // want `log key "err" is an alias`
	klog.InfoSDepth(1, "synced", "Pod", klog.KObj(p))    // want `log key "Pod" is not snake case; use "pod"`
	klog.LoggerWithValues(klog.Background(), "uid", "x") // want `log key "uid" is an alias`
	klog.InfoS(fmt.Sprintf("synced %s", p.name))         // want `the log message is built with fmt.Sprintf`
	klog.Infof("synced %s", p.name)                      // want `the log message is formatted by Infof`
	klog.V(2).Infof("synced")
}
